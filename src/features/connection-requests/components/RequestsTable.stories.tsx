import type { Meta, StoryObj } from '@storybook/react-vite';
import Typography from '@mui/material/Typography';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { RequestStatus } from '../../../contract';
import { ACCOUNTS, ALL_REQUESTS, REQUESTS, pageOf } from '../../../../.storybook/fixtures';
import { CustomerAccountsList } from './CustomerAccountsList';
import { RequestsTable } from './RequestsTable';

const HEADING_ID = 'requests-table-story-heading';

/** The requests table with plain data: every state it can show, no network involved. */
const meta = {
  title: 'Connection requests/Requests table',
  component: RequestsTable,
  decorators: [
    (Story) => (
      <>
        <Typography id={HEADING_ID} variant="h5" component="h2" sx={{ mb: 2 }}>
          Your requests
        </Typography>
        <Story />
      </>
    ),
  ],
  args: {
    state: { kind: 'loaded', data: pageOf(ALL_REQUESTS), refreshing: false },
    labelledBy: HEADING_ID,
    filtered: false,
    sort: 'sentAt',
    order: 'desc',
    page: 1,
    pageSize: 25,
    language: 'en',
    newIds: new Set(),
    busyCustomerIds: new Set(),
    onSort: fn(),
    onPageChange: fn(),
    onPageSizeChange: fn(),
    onRetry: fn(),
    onClearFilters: fn(),
    onConnect: fn(),
    onWithdraw: fn(),
    onShowHistory: fn(),
    renderCustomerCard: (request) => (
      <CustomerAccountsList
        customerName={request.customerName}
        state={{ kind: 'loaded', accounts: ACCOUNTS }}
        language="en"
      />
    ),
  },
} satisfies Meta<typeof RequestsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

function onlyStatus(status: RequestStatus): Story {
  const items = ALL_REQUESTS.filter((request) => request.status === status);
  return {
    args: {
      state: { kind: 'loaded', data: pageOf(items), refreshing: false },
      filtered: true,
    },
    play: async ({ canvasElement }) => {
      const rows = within(canvasElement).getAllByRole('row');
      // One header row plus one per request of that status.
      await expect(rows).toHaveLength(items.length + 1);
    },
  };
}

/** Every status, the system-initiated email, days and attempts left, and the rejection comments. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('row')).toHaveLength(ALL_REQUESTS.length + 1);
    await expect(canvas.getAllByText('[System initiated]').length).toBeGreaterThan(0);
    await expect(canvas.getByText('1 day left')).toBeVisible();
    // R9: the HTML-looking comment is shown as text, not rendered as markup.
    await expect(
      canvas.getByText('<b>Not</b> interested <script>alert("x")</script>'),
    ).toBeVisible();
  },
};

export const OnlyPending = onlyStatus('pending');
export const OnlyApproved = onlyStatus('approved');
export const OnlyExpired = onlyStatus('expired');
export const OnlyRejected = onlyStatus('rejected');
export const OnlyWithdrawn = onlyStatus('withdrawn');

/** A new supplier has sent nothing yet: the table explains where requests come from. */
export const NewSupplierEmpty: Story = {
  args: { state: { kind: 'loaded', data: pageOf([]), refreshing: false } },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText(/you have not sent any connection requests yet/i),
    ).toBeVisible();
  },
};

/** A filter that matches nothing offers to clear the filters. */
export const FilteredNoMatch: Story = {
  args: { state: { kind: 'loaded', data: pageOf([]), refreshing: false }, filtered: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No requests match this filter.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await expect(args.onClearFilters).toHaveBeenCalledOnce();
  },
};

export const Loading: Story = {
  args: { state: { kind: 'loading' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Data on screen while a newer page loads (sort, filter, page change). */
export const Refreshing: Story = {
  args: { state: { kind: 'loaded', data: pageOf(ALL_REQUESTS), refreshing: true } },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('progressbar', { name: 'Updating requests…' }),
    ).toBeVisible();
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
    await expect(canvas.getByText(/the requests could not be loaded/i)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** A large account: 10,000 requests, page 3 of 400, sorted by customer. */
export const LargeAccountPaged: Story = {
  args: {
    state: {
      kind: 'loaded',
      data: pageOf(ALL_REQUESTS, { total: 10_000, page: 3, pageSize: 25 }),
      refreshing: false,
    },
    page: 3,
    sort: 'customer',
    order: 'asc',
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/51–75 of 10,?000/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Go to next page' }));
    await expect(args.onPageChange).toHaveBeenCalledWith(4);
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

/** A row whose action is running: its button is disabled until the server answers. */
export const ActionRunning: Story = {
  args: { busyCustomerIds: new Set([REQUESTS.pendingFromSearch.customerId]) },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('button', {
        name: `Withdraw the request to ${REQUESTS.pendingFromSearch.customerName}`,
      }),
    ).toBeDisabled();
  },
};

/** Sorting by a column asks the container for that order. */
export const SortByCustomer: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Customer' }));
    await expect(args.onSort).toHaveBeenCalledWith('customer');
  },
};

/** German terms (SPEC §6) and German date format. */
export const German: Story = {
  globals: { locale: 'de' },
  args: { language: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const column of ['Kunde', 'Aktionen', 'Status', 'E-Mail', 'Datum', 'Kommentare']) {
      await expect(await canvas.findByRole('columnheader', { name: column })).toBeVisible();
    }
    await expect(canvas.getAllByText('Ausstehend').length).toBeGreaterThan(0);
  },
};
