import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ALL_REQUESTS, ALL_ROWS, REQUESTS, SUGGESTIONS } from '../../../../.storybook/fixtures';
import { ConnectionsTable, type ConnectionsTableState } from './connections-table';
import tableStories from './connections-table.stories';
import { loaded } from './connections-table.story-helpers';

/**
 * The table while its rows load, refresh or fail, on a large account's page, and with rows
 * marked (new answers, an action running, the row Show pointed at). Its rows in every status
 * are in connections-table.stories.tsx.
 */
const meta = {
  ...tableStories,
  title: 'Connection requests/Table states',
} satisfies Meta<typeof ConnectionsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  args: { state: { kind: 'loading' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table')).toHaveAttribute('aria-busy', 'true');
  },
};

/**
 * Data on screen while a newer page loads (sort, filter, page change): the table is busy at once,
 * the bar over its top edge shows when the wait lasts (a cached page never shows it).
 */
export const Refreshing: Story = {
  args: { state: loaded(ALL_ROWS, {}, true) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    const bar = canvas.getByRole('progressbar', { name: 'Updating the list…' });
    await waitFor(() => expect(bar).toBeVisible());
  },
};

export const ServerError: Story = {
  args: {
    state: {
      kind: 'error',
      message: 'The service is unavailable right now. Please try again.',
    },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText(/the requests and suggestions could not be loaded/i),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/**
 * The refresh failed: the rows are kept, greyed and described as possibly out of date, beside
 * Retry.
 */
export const StaleRowsWithRetry: Story = {
  args: {
    state: {
      ...loaded(ALL_ROWS),
      staleMessage: 'The service is unavailable right now. Please try again.',
    } as ConnectionsTableState,
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table');
    await expect(table).toHaveAccessibleDescription(/The rows shown may be out of date\./);
    await expect(canvas.getAllByRole('row')).toHaveLength(ALL_ROWS.length + 1);
    // Every body row is marked at its left edge too, not by its grey text alone.
    for (const row of table.querySelectorAll('tbody tr')) {
      const edge = row.firstElementChild ?? row;
      await expect(getComputedStyle(edge).borderLeftStyle).toBe('dashed');
    }
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/**
 * A large account: 500 suggestions and 10,000 requests as one list, 25 rows a page. Page 20
 * holds the last suggestions and the first (newest) requests.
 */
export const LargeAccountPaged: Story = {
  args: {
    state: loaded([...SUGGESTIONS, ...ALL_REQUESTS], { total: 10_500, page: 20, pageSize: 25 }),
    page: 20,
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/476–500 of 10,?500/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Go to next page' }));
    await expect(args.onPageChange).toHaveBeenCalledWith(21);
  },
};

/** Answers that arrived since the user's last visit carry a "New" badge. */
export const AnsweredSinceLastVisit: Story = {
  args: {
    newIds: new Set([REQUESTS.approved.id, REQUESTS.rejectedHtmlComment.id]),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('New')).toHaveLength(2);
  },
};

/** Rows whose action is running: their buttons are disabled until the server answers. */
export const ActionRunning: Story = {
  args: {
    busyCustomerIds: new Set([
      REQUESTS.pendingFromSearch.customerId,
      SUGGESTIONS[0]?.customerId ?? '',
    ]),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('button', {
        name: `Withdraw the request to ${REQUESTS.pendingFromSearch.customerName}`,
      }),
    ).toBeDisabled();
    await expect(
      canvas.getByRole('button', { name: 'Connect with Ångström Laboratories AB' }),
    ).toBeDisabled();
  },
};

/** Show pointed at a row: it is tinted, then fades back. */
export const Highlighted: Story = {
  args: { highlighted: new Set([REQUESTS.pendingFromSearch.customerId]) },
  play: async ({ canvasElement }) => {
    const row = within(canvasElement)
      .getByRole('rowheader', { name: REQUESTS.pendingFromSearch.customerName })
      .closest('tr');
    await expect(row).toHaveClass('cr-row-spotlight');
  },
};
