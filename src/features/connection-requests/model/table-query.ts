import {
  ROW_STATUSES,
  SORT_FIELDS,
  QUERY_MAX_LENGTH,
  type ListConnectionRowsQuery,
  type RowStatus,
  type SortField,
  type SortOrder,
} from '../../../contract';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** The table's view: filters, sort and page. Lives in the URL so a link or a reload shows the same. */
export interface TableQuery {
  /** null = all rows; `suggested` = the suggestions. */
  status: RowStatus | null;
  q: string;
  sort: SortField;
  order: SortOrder;
  page: number;
  pageSize: number;
}

export const DEFAULT_TABLE_QUERY: TableQuery = {
  status: null,
  q: '',
  sort: 'sentAt',
  order: 'desc',
  page: 1,
  pageSize: 25,
};

/**
 * The direction a column sorts in when first clicked: names A→Z, newest dates first (and then
 * the suggestions, which have no date, come first: what the user can act on).
 */
export const FIRST_ORDER: Record<SortField, SortOrder> = {
  customer: 'asc',
  status: 'asc',
  sentAt: 'desc',
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : undefined;
}

/** Reads the view from a query string; every missing or invalid value falls back to its default. */
export function parseTableQuery(search: string): TableQuery {
  const params = new URLSearchParams(search);
  const d = DEFAULT_TABLE_QUERY;
  const pageSize = positiveInt(params.get('pageSize'));
  return {
    status: oneOf(ROW_STATUSES, params.get('status')) ?? d.status,
    q: (params.get('q') ?? '').trim().slice(0, QUERY_MAX_LENGTH),
    sort: oneOf(SORT_FIELDS, params.get('sort')) ?? d.sort,
    order: oneOf(['asc', 'desc'] as const, params.get('order')) ?? d.order,
    page: positiveInt(params.get('page')) ?? d.page,
    pageSize: PAGE_SIZES.find((size) => size === pageSize) ?? d.pageSize,
  };
}

/** The query string of a view (without "?"); defaults are left out to keep links short. */
export function formatTableQuery(query: TableQuery): string {
  const params = new URLSearchParams();
  const d = DEFAULT_TABLE_QUERY;
  if (query.status !== d.status && query.status !== null) params.set('status', query.status);
  if (query.q !== d.q) params.set('q', query.q);
  if (query.sort !== d.sort) params.set('sort', query.sort);
  if (query.order !== d.order) params.set('order', query.order);
  if (query.page !== d.page) params.set('page', String(query.page));
  if (query.pageSize !== d.pageSize) params.set('pageSize', String(query.pageSize));
  return params.toString();
}

/** The API arguments of a view. */
export function toListArgs(query: TableQuery): ListConnectionRowsQuery {
  return {
    ...(query.status === null ? {} : { status: query.status }),
    ...(query.q === '' ? {} : { q: query.q }),
    sort: query.sort,
    order: query.order,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** True when a filter narrows the list, so an empty answer means "no match", not "no rows yet". */
export function isFiltered(query: TableQuery): boolean {
  return query.status !== null || query.q !== '';
}
