/**
 * The query string of the list endpoints (`/connection-requests`, `/connection-rows`,
 * `/suggestions`): filters, order and the page, each checked; a wrong value is 422
 * `invalid_input` naming its parameter.
 */
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  QUERY_MAX_LENGTH,
  REQUEST_STATUSES,
  SORT_FIELDS,
  characterCount,
  type RequestStatus,
  type SortField,
  type SortOrder,
} from '../../src/contract';
import { invalidInput } from './errors';
import { parseDateTime, parsePaging, requireOneOf } from './input';

const SORT_ORDERS: readonly SortOrder[] = ['asc', 'desc'];

/** What every table endpoint takes: filters, order and the page. */
export interface TableQuery<S extends string> {
  /** null: every status. */
  statuses: ReadonlySet<S> | null;
  q: string;
  sort: SortField;
  order: SortOrder;
  page: number;
  pageSize: number;
}

export interface ListQuery extends TableQuery<RequestStatus> {
  /** Only requests answered strictly after this instant (epoch ms); null: no such filter. */
  respondedAfter: number | null;
}

/**
 * A comma list of statuses: absent or empty → null (every status); an unknown entry or an
 * empty one (`status=,`, `pending,,`) → 422 `invalid_input` naming `status`.
 */
function parseStatuses<S extends string>(raw: string | null, allowed: readonly S[]): Set<S> | null {
  if (raw === null || raw.trim() === '') return null;
  return new Set(
    raw.split(',').map((part) => {
      const entry = part.trim();
      if (entry === '') throw invalidInput('status', 'A "status" entry is empty.');
      return requireOneOf(entry, allowed, 'status');
    }),
  );
}

/** The customer name filter `q`, trimmed; empty when absent; over 100 characters → 422. */
export function parseNameFilter(params: URLSearchParams): string {
  const q = (params.get('q') ?? '').trim();
  if (characterCount(q) > QUERY_MAX_LENGTH) {
    throw invalidInput('q', `The name filter has at most ${QUERY_MAX_LENGTH} characters.`);
  }
  return q;
}

/**
 * Query string → TableQuery. Unknown values are 422 `invalid_input` naming the parameter.
 * `order` defaults to `desc` for `sentAt` (newest first) and to `asc` for the other columns.
 */
export function parseTableQuery<S extends string>(
  params: URLSearchParams,
  allowedStatuses: readonly S[],
): TableQuery<S> {
  const statuses = parseStatuses(params.get('status'), allowedStatuses);
  const q = parseNameFilter(params);
  const rawSort = params.get('sort');
  const sort =
    rawSort === null || rawSort === '' ? 'sentAt' : requireOneOf(rawSort, SORT_FIELDS, 'sort');
  const rawOrder = params.get('order');
  const order =
    rawOrder === null || rawOrder === ''
      ? sort === 'sentAt'
        ? 'desc'
        : 'asc'
      : requireOneOf(rawOrder, SORT_ORDERS, 'order');
  return { statuses, q, sort, order, ...parsePaging(params, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE) };
}

/**
 * An optional date-time query parameter as epoch ms: absent or empty → null; not an RFC 3339
 * date-time → 422 `invalid_input` naming it.
 */
function parseInstant(raw: string | null, field: string): number | null {
  if (raw === null || raw.trim() === '') return null;
  const ms = parseDateTime(raw.trim());
  if (Number.isNaN(ms)) {
    throw invalidInput(field, `"${field}" must be a date-time such as 2026-01-15T12:00:00Z.`);
  }
  return ms;
}

/** Query string → ListQuery (the table query plus `respondedAfter`). */
export function parseListQuery(params: URLSearchParams): ListQuery {
  return {
    ...parseTableQuery(params, REQUEST_STATUSES),
    respondedAfter: parseInstant(params.get('respondedAfter'), 'respondedAfter'),
  };
}
