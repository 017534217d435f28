import { expect, waitFor, within } from 'storybook/test';

/** What the page's stories (states and flows) look for in the canvas as they play. */

/** The one table, once the first page has arrived. */
export async function connectionsTable(
  canvasElement: HTMLElement,
  name = 'Requests and suggestions',
) {
  const canvas = within(canvasElement);
  const table = await canvas.findByRole('table', { name });
  await within(table).findAllByRole('rowheader', {});
  return within(table);
}

/** Queries scoped to the table. */
export type Queries = Awaited<ReturnType<typeof connectionsTable>>;

export function rowOf(table: Queries, customer: string) {
  const row = table.getByRole('rowheader', { name: customer }).closest('tr');
  if (row === null) throw new Error(`No row for ${customer}`);
  return within(row);
}

export const bodyOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** The page's one message, once it has grown in. */
export async function shownMessage(canvasElement: HTMLElement) {
  const message = await within(canvasElement).findByRole('region', { name: 'Message' });
  await waitFor(() => expect(message).toBeVisible());
  return within(message);
}
