import type { Meta, StoryObj } from '@storybook/react-vite';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { ConnectionRequest, RowStatus, Suggestion } from '../../../contract';
import {
  ACCOUNTS,
  ALL_REQUESTS,
  ALL_ROWS,
  REQUESTS,
  SUGGESTIONS,
  rowsPageOf,
} from '../../../../.storybook/fixtures';
import { toRowsPage } from '../model/rows';
import { CustomerAccountsList } from './customer-accounts-list';
import { ConnectionsTable, type ConnectionsTableState } from './connections-table';

const HEADING_ID = 'connections-table-story-heading';

function loaded(
  items: readonly (ConnectionRequest | Suggestion)[],
  options: Parameters<typeof rowsPageOf>[1] = {},
  refreshing = false,
): ConnectionsTableState {
  return { kind: 'loaded', data: toRowsPage(rowsPageOf(items, options)), refreshing };
}

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

/** Two suggestions ticked: the header checkbox shows a mixed state; requests have no checkbox. */
export const SomeSelected: Story = {
  args: { selected: new Set([SUGGESTIONS[0]?.customerId ?? '', SUGGESTIONS[1]?.customerId ?? '']) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const all = canvas.getByRole('checkbox', { name: 'Select all suggestions on this page' });
    await expect(all).toBePartiallyChecked();
    await expect(canvas.getAllByRole('checkbox')).toHaveLength(SUGGESTIONS.length + 1);
    await userEvent.click(all);
    await expect(args.onSelect).toHaveBeenCalledWith(
      SUGGESTIONS.map(({ customerId }) => customerId),
      true,
    );
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

/** A phone (320 px): one card per row — name, status and actions first, then email and date. */
export const PhoneCards: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  args: { layout: 'cards' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const cards = within(canvas.getByRole('list', { name: 'Requests and suggestions' }));
    await expect(cards.getAllByRole('listitem')).toHaveLength(ALL_ROWS.length);
    const card = within(
      cards.getByRole('heading', { name: 'Müller Logistik GmbH' }).closest('li') ?? canvasElement,
    );
    await expect(card.getByText('Pending')).toBeVisible();
    await expect(card.getByText('einkauf@mueller-logistik.de')).toBeVisible();
    // Every status is on screen, none beyond the right edge of the phone.
    const width = canvasElement.ownerDocument.documentElement.clientWidth;
    for (const chip of canvasElement.querySelectorAll('.cr-chip')) {
      await expect(chip.getBoundingClientRect().right).toBeLessThanOrEqual(width);
    }
    await expect(canvasElement.ownerDocument.documentElement.scrollWidth).toBeLessThanOrEqual(
      width,
    );
    // The table header's sort, as a menu.
    await userEvent.click(canvas.getByRole('combobox', { name: 'Sort by' }));
    await userEvent.click(
      within(canvasElement.ownerDocument.body).getByRole('option', { name: 'Customer, A to Z' }),
    );
    await expect(args.onSortChange).toHaveBeenCalledWith('customer', 'asc');
  },
};

/** A tablet: the cards two by two. */
export const TabletCards: Story = {
  globals: { viewport: { value: 'tablet', isRotated: false } },
  args: { layout: 'cards', newIds: new Set([REQUESTS.approved.id]) },
};

/** The phone layout in German, where the words are longest. */
export const PhoneCardsGerman: Story = {
  globals: { locale: 'de', viewport: { value: 'mobile1', isRotated: false } },
  args: { layout: 'cards', language: 'de' },
  play: async ({ canvasElement }) => {
    const doc = canvasElement.ownerDocument.documentElement;
    await expect(
      await within(canvasElement).findByRole('list', { name: 'Requests and suggestions' }),
    ).toBeVisible();
    await expect(doc.scrollWidth).toBeLessThanOrEqual(doc.clientWidth);
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
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** The same on a phone: the cards are kept and marked. */
export const StaleCardsWithRetry: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  args: { ...StaleRowsWithRetry.args, layout: 'cards' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('list', { name: 'Requests and suggestions' }),
    ).toHaveAccessibleDescription(/may be out of date/);
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

const CELL_LOOK = [
  'padding',
  'border-bottom',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'color',
  'vertical-align',
  'text-align',
] as const;

/**
 * The body rows are plain elements styled on the table, not MUI's TableRow and TableCell (a page
 * change renders 200 fewer components): beside a small MUI table, their cells look the same.
 */
export const BodyCellsLookLikeMui: Story = {
  render: (args) => (
    <>
      <ConnectionsTable {...args} />
      <Table size="small" aria-label="MUI reference" sx={{ mt: 2 }}>
        <TableBody>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell component="th" scope="row">
              Reference
            </TableCell>
            <TableCell>Cell</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const look = (cell: Element, property: string) =>
      getComputedStyle(cell).getPropertyValue(property);
    const ours = within(canvas.getByRole('table', { name: 'Requests and suggestions' }))
      .getByRole('rowheader', { name: REQUESTS.pendingFromSearch.customerName })
      .closest('tr');
    const reference = within(canvas.getByRole('table', { name: 'MUI reference' }))
      .getByRole('rowheader', { name: 'Reference' })
      .closest('tr');
    if (ours === null || reference === null) throw new Error('No rows to compare');
    const [ourTick, ourHeader, ourCell] = [...ours.children];
    const [referenceTick, referenceHeader, referenceCell] = [...reference.children];
    for (const [mine, theirs] of [
      [ourHeader, referenceHeader],
      [ourCell, referenceCell],
    ] as const) {
      for (const property of CELL_LOOK) {
        await expect(look(mine ?? ours, property)).toBe(look(theirs ?? reference, property));
      }
    }
    for (const property of ['padding', 'border-bottom']) {
      await expect(look(ourTick ?? ours, property)).toBe(
        look(referenceTick ?? reference, property),
      );
    }
  },
};
