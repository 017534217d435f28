import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { REQUESTS, makeRequest } from '../../../../.storybook/fixtures';
import { HistoryList } from './history-list';

const LONG_NAME = REQUESTS.expiredLongName.customerName;

/** The history of every request to one customer, newest first (the side panel's content). */
const meta = {
  title: 'Connection requests/History',
  component: HistoryList,
  args: {
    state: {
      kind: 'loaded',
      items: [
        REQUESTS.expiredLongName,
        makeRequest({ customerName: LONG_NAME, status: 'withdrawn', sentDaysAgo: 80 }),
      ],
    },
    onRetry: fn(),
  },
} satisfies Meta<typeof HistoryList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TwoRequests: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(2);
  },
};

export const Loading: Story = { args: { state: { kind: 'loading' } } };

export const ServerError: Story = {
  args: {
    state: { kind: 'error', message: 'The service is unavailable right now. Please try again.' },
  },
};

export const German: Story = { globals: { locale: 'de' } };
