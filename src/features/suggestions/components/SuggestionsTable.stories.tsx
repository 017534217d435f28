import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { Suggestion } from '../../../contract';
import { SUGGESTIONS } from '../../../../.storybook/fixtures';
import { SuggestionsTable } from './SuggestionsTable';

// The shared fixtures, plus the catalogue's longest name to show wrapping.
const suggestions: Suggestion[] = [
  ...SUGGESTIONS,
  {
    customerId: 'cust-long-name',
    customerName:
      'Müller-Lüdenscheidt Handels- und Vertriebsgesellschaft für Büro- und Objekteinrichtungen mbH & Co. KG',
    reason: 'shared_address',
  },
];

const meta = {
  title: 'Suggestions/SuggestionsTable',
  component: SuggestionsTable,
  args: {
    suggestions,
    page: 1,
    pageSize: 10,
    total: suggestions.length,
    selected: new Set<string>(),
    busy: new Set<string>(),
    onPageChange: fn(),
    onPageSizeChange: fn(),
    onSelectedChange: fn(),
    onConnect: fn(),
    onDismiss: fn(),
  },
} satisfies Meta<typeof SuggestionsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('cell', { name: 'You have invoiced this customer' }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Connect Ångström Laboratories AB' }));
    await expect(args.onConnect).toHaveBeenCalledWith(suggestions[0]);
  },
};

export const Loading: Story = {
  args: { suggestions: [], total: 0, loading: true },
};

export const SomeSelected: Story = {
  args: { selected: new Set(['cust-angstroem-labs', 'cust-html-trading']) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('checkbox', { name: 'Select all suggestions on this page' }),
    ).toBePartiallyChecked();
  },
};

export const AllSelected: Story = {
  args: { selected: new Set(suggestions.map(({ customerId }) => customerId)) },
};

export const ConnectInFlight: Story = {
  args: { busy: new Set(['cust-papeleria-nunez']) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('button', { name: 'Connect Papelería Núñez S.L.' }),
    ).toBeDisabled();
  },
};

export const BulkConnectRunning: Story = {
  args: { selected: new Set(['cust-angstroem-labs']), disabled: true },
};

export const SecondPageOfMany: Story = {
  args: { page: 2, pageSize: 5, total: 500 },
};

export const German: Story = {
  globals: { locale: 'de' },
};
