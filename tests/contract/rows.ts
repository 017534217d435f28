/** What the connection-rows tests read from a row, and the orders they page through. */
import { SORT_FIELDS, type ConnectionRow, type RowStatus } from '../../src/contract';
import { listSuggestions } from './helpers';

export const keyOf = (row: ConnectionRow): string =>
  row.kind === 'request' ? `request:${row.request.id}` : `suggestion:${row.suggestion.customerId}`;
export const customerOf = (row: ConnectionRow): string =>
  row.kind === 'request' ? row.request.customerId : row.suggestion.customerId;
export const nameOf = (row: ConnectionRow): string =>
  row.kind === 'request' ? row.request.customerName : row.suggestion.customerName;
export const statusOf = (row: ConnectionRow): RowStatus =>
  row.kind === 'request' ? row.request.status : 'suggested';
export const requestsIn = (rows: ConnectionRow[]) =>
  rows.flatMap((row) => (row.kind === 'request' ? [row.request] : []));
export const suggestionsIn = (rows: ConnectionRow[]) =>
  rows.flatMap((row) => (row.kind === 'suggestion' ? [row.suggestion] : []));

/** All suggestions, in the portal's order. */
export async function allSuggestions() {
  return (await listSuggestions({ pageSize: 100 })).items;
}

/** Every sort field in both directions. */
export const ORDERS = SORT_FIELDS.flatMap((sort) =>
  (['asc', 'desc'] as const).map((order) => [sort, order] as const),
);
