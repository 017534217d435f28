import type { Meta, StoryObj } from '@storybook/react-vite';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { expect, userEvent, within } from 'storybook/test';
import { ALL_ROWS, REQUESTS, SUGGESTIONS } from '../../../../.storybook/fixtures';
import { ConnectionsTable } from './connections-table';
import tableStories from './connections-table.stories';
import { StaleRowsWithRetry } from './connections-table.states.stories';

/**
 * The table as cards on a phone and a tablet, and its body rows beside MUI's (they are plain
 * elements styled to look the same). Its rows in every status are in
 * connections-table.stories.tsx.
 */
const meta = {
  ...tableStories,
  title: 'Connection requests/Table layouts',
} satisfies Meta<typeof ConnectionsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

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
    // Select all and each suggestion's tick: the browser's checkbox in MUI's 42 px target.
    const ticks = canvas.getAllByRole('checkbox');
    await expect(ticks).toHaveLength(SUGGESTIONS.length + 1);
    for (const tick of ticks) {
      await expect(tick.getBoundingClientRect().width).toBe(18);
      await expect(getComputedStyle(tick).margin).toBe('12px');
    }
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
