import type { Meta, StoryObj } from '@storybook/react-vite';
import Typography from '@mui/material/Typography';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { RowStatus } from '../../../contract';
import { ACCOUNTS, ALL_ROWS, REQUESTS, SUGGESTIONS } from '../../../../.storybook/fixtures';
import { CustomerAccountsList } from './customer-accounts-list';
import { ConnectionsTable } from './connections-table';
import { loaded } from './connections-table.story-helpers';

const HEADING_ID = 'connections-table-story-heading';

/**
 * The page's one table with plain data: requests and suggestions as rows of one list, in every
 * state it can show, no network involved.
 */
const meta = {
  title: 'Connection requests/Table',
  component: ConnectionsTable,
  decorators: [
    (Story) => (
      <>
        <Typography id={HEADING_ID} variant="h5" component="h2" sx={{ mb: 2 }}>
          Requests and suggestions
        </Typography>
        <Story />
      </>
    ),
  ],
  args: {
    state: loaded(ALL_ROWS),
    labelledBy: HEADING_ID,
    filtered: false,
    sort: 'sentAt',
    order: 'desc',
    page: 1,
    pageSize: 25,
    language: 'en',
    newIds: new Set(),
    busyCustomerIds: new Set(),
    selected: new Set(),
    suggestionsLocked: false,
    onSelect: fn(),
    onSort: fn(),
    onSortChange: fn(),
    onPageChange: fn(),
    onPageSizeChange: fn(),
    onRetry: fn(),
    onClearFilters: fn(),
    onConnect: fn(),
    onDismiss: fn(),
    onSendAgain: fn(),
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
} satisfies Meta<typeof ConnectionsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

function rowOf(canvasElement: HTMLElement, customer: string) {
  const row = within(canvasElement).getByRole('rowheader', { name: customer }).closest('tr');
  if (row === null) throw new Error(`No row for ${customer}`);
  return within(row);
}

function onlyStatus(status: RowStatus): Story {
  const items = ALL_ROWS.filter((item) =>
    'id' in item ? item.status === status : status === 'suggested',
  );
  return {
    args: { state: loaded(items), filtered: true },
    play: async ({ canvasElement }) => {
      const rows = within(canvasElement).getAllByRole('row');
      // One header row plus one per row of that status.
      await expect(rows).toHaveLength(items.length + 1);
    },
  };
}

/**
 * The default view: suggestions first (Suggested, why, Connect and Not my customer; no email
 * or date yet), then every request status with days and attempts left and the comments.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('row')).toHaveLength(ALL_ROWS.length + 1);
    const suggestion = rowOf(canvasElement, 'Ångström Laboratories AB');
    await expect(suggestion.getByText('Suggested')).toBeVisible();
    await expect(suggestion.getByText('You have invoiced this customer')).toBeVisible();
    await expect(
      suggestion.getByRole('button', { name: 'Connect with Ångström Laboratories AB' }),
    ).toBeEnabled();
    await expect(
      suggestion.getByRole('button', { name: 'Not my customer: Ångström Laboratories AB' }),
    ).toBeEnabled();
    // Email, Date and Comments stay empty for a suggestion: nothing for a screen reader to read.
    const cells = suggestion.getAllByRole('cell').slice(-3);
    for (const cell of cells) await expect(cell).toBeEmptyDOMElement();
    await expect(canvas.getAllByText('[System initiated]').length).toBeGreaterThan(0);
    await expect(canvas.getByText('1 day left')).toBeVisible();
    await expect(
      rowOf(canvasElement, REQUESTS.expiredAttemptsLeft.customerName).getByRole('button', {
        name: `Send again to ${REQUESTS.expiredAttemptsLeft.customerName}`,
      }),
    ).toBeEnabled();
    // R9: the HTML-looking comment is shown as text, not rendered as markup.
    await expect(
      canvas.getByText('<b>Not</b> interested <script>alert("x")</script>'),
    ).toBeVisible();
  },
};

/** A new supplier: only suggestions, each selectable for Connect selected. */
export const SuggestionsOnly: Story = {
  args: { state: loaded(SUGGESTIONS) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('Suggested')).toHaveLength(SUGGESTIONS.length);
    await expect(
      canvas.getByRole('checkbox', { name: 'Select all suggestions on this page' }),
    ).toBeEnabled();
  },
};

export const FilteredBySuggested = onlyStatus('suggested');
export const OnlyPending = onlyStatus('pending');
export const OnlyApproved = onlyStatus('approved');
export const OnlyExpired = onlyStatus('expired');
export const OnlyRejected = onlyStatus('rejected');
export const OnlyWithdrawn = onlyStatus('withdrawn');

/**
 * Two suggestions ticked: the header checkbox shows a mixed state; requests have no checkbox. The
 * ticks are the browser's checkboxes, 18 px in the theme's primary colour, like MUI's icon.
 */
export const SomeSelected: Story = {
  args: { selected: new Set([SUGGESTIONS[0]?.customerId ?? '', SUGGESTIONS[1]?.customerId ?? '']) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const all = canvas.getByRole('checkbox', { name: 'Select all suggestions on this page' });
    await expect(all).toBePartiallyChecked();
    const ticks = canvas.getAllByRole('checkbox');
    await expect(ticks).toHaveLength(SUGGESTIONS.length + 1);
    for (const tick of ticks) {
      const look = getComputedStyle(tick);
      await expect([look.width, look.height, look.accentColor]).toEqual([
        '18px',
        '18px',
        'rgb(25, 118, 210)',
      ]);
    }
    // A 24 px box in the head and the rows alike, as MUI's small table has it, one above the other.
    for (const tick of ticks) await expect(getComputedStyle(tick).margin).toBe('3px');
    await expect(ticks[1]?.getBoundingClientRect().x).toBe(all.getBoundingClientRect().x);
    await userEvent.click(all);
    await expect(args.onSelect).toHaveBeenCalledWith(
      SUGGESTIONS.map(({ customerId }) => customerId),
      true,
    );
    // The selection is the caller's: until it changes, the tick shows what it was told.
    await expect(all).toBePartiallyChecked();
  },
};

/** Connect selected is running: every suggestion waits for it. */
export const BulkConnectRunning: Story = {
  args: { suggestionsLocked: true, selected: new Set([SUGGESTIONS[0]?.customerId ?? '']) },
  play: async ({ canvasElement }) => {
    const row = rowOf(canvasElement, 'Papelería Núñez S.L.');
    await expect(row.getByRole('button', { name: /^Connect with/ })).toBeDisabled();
    await expect(row.getByRole('checkbox')).toBeDisabled();
  },
};

/** Nothing at all yet: no suggestions and no requests. The table says where to start. */
export const Empty: Story = {
  args: { state: loaded([]) },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText(/you have no requests and no suggested customers yet/i),
    ).toBeVisible();
    await expect(
      within(canvasElement).getByRole('checkbox', { name: 'Select all suggestions on this page' }),
    ).toBeDisabled();
  },
};

/** A filter that matches nothing offers to clear the filters. */
export const FilteredNoMatch: Story = {
  args: { state: loaded([]), filtered: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No request or suggestion matches this filter.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await expect(args.onClearFilters).toHaveBeenCalledOnce();
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
    await expect(canvas.getAllByText('Vorgeschlagen')).toHaveLength(SUGGESTIONS.length);
    await expect(
      canvas.getAllByRole('button', { name: /^Anfrage an .* erneut senden$/ }),
    ).toHaveLength(3);
  },
};
