/**
 * Test support for the one table (`GET /connection-rows`): reading it in the domain, and the
 * contract's order written the naive way to hold the paged, merged implementation against.
 */
import {
  ROW_STATUSES,
  SORT_FIELDS,
  type ConnectionRow,
  type ConnectionRowPage,
  type RowStatus,
  type SortField,
  type SortOrder,
} from '../../src/contract';
import { searchForm } from '../domain/normalize';
import { statusOf } from '../domain/requests';
import { listRows, parseRowsQuery } from '../domain/rows';
import type { World } from '../domain/world';
import { T0 } from './test-world';

/** One page of the table for a query string, read at `now`. */
export function rows(on: World, query: string, now = T0): ConnectionRowPage {
  return listRows(on, parseRowsQuery(new URLSearchParams(query)), now);
}

/** Every row of a query, read page by page. */
export function allRows(on: World, query: string, pageSize: number, now = T0): ConnectionRow[] {
  const result: ConnectionRow[] = [];
  for (let page = 1; ; page += 1) {
    const { items, total } = rows(on, `${query}&page=${page}&pageSize=${pageSize}`, now);
    result.push(...items);
    if (items.length === 0 || result.length >= total) return result;
  }
}

export const keyOf = (row: ConnectionRow): string =>
  row.kind === 'request' ? `r:${row.request.id}` : `s:${row.suggestion.customerId}`;
export const customerOf = (row: ConnectionRow): string =>
  row.kind === 'request' ? row.request.customerId : row.suggestion.customerId;
export const statusOfRow = (row: ConnectionRow): RowStatus =>
  row.kind === 'request' ? row.request.status : 'suggested';

/**
 * The contract's order, written the naive way (build every row, sort with a comparator), to
 * hold the paged, merged implementation against.
 */
export function reference(
  on: World,
  {
    sort,
    order,
    statuses,
    q,
  }: { sort: SortField; order: SortOrder; statuses?: RowStatus[]; q?: string },
  now = T0,
): string[] {
  const needle = q === undefined ? null : searchForm(q);
  const nameOf = (customerId: string) => on.customer(customerId)?.normalizedName ?? '';
  const keep = (customerId: string, status: RowStatus) =>
    (statuses === undefined || statuses.includes(status)) &&
    (needle === null || (on.customer(customerId)?.searchName ?? '').includes(needle));
  const requests = [...on.catalogue.customers]
    .flatMap((c) => on.latestTo(c.id) ?? [])
    .filter((r) => keep(r.customerId, statusOf(r, now)));
  const suggestions = on.suggestions.filter(
    (s) =>
      !on.dismissed.has(s.customerId) &&
      !on.hasRequestsTo(s.customerId) &&
      keep(s.customerId, 'suggested'),
  );
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const newestFirst = [...requests].sort(
    (a, b) => b.sentAt - a.sentAt || byId(b.customerId, a.customerId),
  );
  const requestKeys = (list: typeof requests) => list.map((r) => `r:${r.id}`);
  const suggestionKeys = suggestions.map((s) => `s:${s.customerId}`);
  if (sort === 'sentAt') {
    return order === 'desc'
      ? [...suggestionKeys, ...requestKeys(newestFirst)]
      : [...requestKeys([...newestFirst].reverse()), ...suggestionKeys];
  }
  if (sort === 'customer') {
    const named = [
      ...requests.map((r) => ({ key: `r:${r.id}`, customerId: r.customerId })),
      ...suggestions.map((s) => ({ key: `s:${s.customerId}`, customerId: s.customerId })),
    ].sort(
      (a, b) =>
        byId(nameOf(a.customerId), nameOf(b.customerId)) || byId(a.customerId, b.customerId),
    );
    const keys = named.map((n) => n.key);
    return order === 'desc' ? keys.reverse() : keys;
  }
  const statusOrder = [...ROW_STATUSES].sort();
  if (order === 'desc') statusOrder.reverse();
  return statusOrder.flatMap((status) =>
    status === 'suggested'
      ? suggestionKeys
      : requestKeys(newestFirst.filter((r) => statusOf(r, now) === status)),
  );
}

export const orders: [SortField, SortOrder][] = SORT_FIELDS.flatMap((sort) =>
  (['asc', 'desc'] as const).map((order): [SortField, SortOrder] => [sort, order]),
);
