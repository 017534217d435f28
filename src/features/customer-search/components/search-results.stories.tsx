import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { SearchResults } from './search-results';

const meta = {
  title: 'Customer search/SearchResults',
  component: SearchResults,
  args: {
    query: 'gmbh',
    selectedId: null,
    onSelect: fn(),
    total: 7,
    hits: [
      { customerId: 'c1', customerName: 'Ångström Laboratories AB', state: 'available' },
      { customerId: 'c2', customerName: 'Müller Logistik GmbH', state: 'pending' },
      { customerId: 'c3', customerName: 'Østergaard & Søn A/S', state: 'approved' },
      { customerId: 'c4', customerName: 'Zürcher Präzisionstechnik AG', state: 'rejected' },
      { customerId: 'c5', customerName: 'Çelik Yapı Sanayi A.Ş.', state: 'limit_reached' },
      { customerId: 'c6', customerName: 'Bundesamt für Beschaffung', state: 'requests_disabled' },
      {
        customerId: 'c7',
        customerName: '<img src=x onerror=alert(1)> Trading',
        state: 'available',
      },
    ],
  },
} satisfies Meta<typeof SearchResults>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every state a hit can have; only the available ones can be chosen. */
export const AllStates: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radiogroup', { name: '7 customers found' })).toBeVisible();
    await expect(canvas.getByRole('radio', { name: /Müller Logistik GmbH/ })).toBeDisabled();
    await expect(canvas.getByRole('radio', { name: /Ångström/ })).toBeEnabled();
  },
};

export const Selected: Story = { args: { selectedId: 'c1' } };

export const NoResults: Story = {
  args: { query: 'zzqx', hits: [], total: 0 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      'No customer matches “zzqx”',
    );
  },
};

/** R5: more customers matched than the 20 shown: the dialog says so and asks to refine. */
export const MoreThanShown: Story = {
  args: { total: 134 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('radiogroup', { name: '134 customers found, the first 7 are shown' }),
    ).toBeVisible();
    await expect(canvas.getByText(/Type more of the name to narrow the search/)).toBeVisible();
  },
};
