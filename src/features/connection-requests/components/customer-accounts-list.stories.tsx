import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ACCOUNTS } from '../../../../.storybook/fixtures';
import { CustomerAccountsList } from './customer-accounts-list';

/** The hover card's content: an approved customer's accounts, in each loading state. */
const meta = {
  title: 'Connection requests/Hover card content',
  component: CustomerAccountsList,
  args: {
    customerName: 'Østergaard & Søn A/S',
    state: { kind: 'loaded', accounts: ACCOUNTS },
    language: 'en',
  },
} satisfies Meta<typeof CustomerAccountsList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(ACCOUNTS.length);
    await expect(canvas.getAllByText('Denmark')).toHaveLength(2);
  },
};

export const Loading: Story = { args: { state: { kind: 'loading' } } };

export const ServerError: Story = {
  args: {
    state: { kind: 'error', message: 'The service is unavailable right now. Please try again.' },
  },
};

export const NoAccounts: Story = { args: { state: { kind: 'loaded', accounts: [] } } };

/** Country names follow the language. */
export const German: Story = {
  globals: { locale: 'de' },
  args: { language: 'de' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findAllByText('Dänemark')).toHaveLength(2);
  },
};
