/**
 * The latest request per customer, filtered, ordered and paged without sorting per call: the
 * world keeps the sentAt and customer-name views up to date, and filters run over flat arrays
 * precomputed per view (`GET /connection-requests`, and the request rows of `/connection-rows`).
 */
import {
  REQUEST_STATUSES,
  type ConnectionRequest,
  type ConnectionRequestPage,
  type RequestStatus,
} from '../../src/contract';
import { expiresAt, toIso } from './clock';
import { searchForm } from './normalize';
import { readPage, segmentOf, type Segment } from './paging';
import type { RequestRecord } from './records';
import { openStatus, settledStatus, toConnectionRequest } from './requests';
import type { ListQuery } from './table-query';
import type { World } from './world';

/** `sort=status` order: the status codes alphabetically (approved … withdrawn). */
const STATUSES_IN_ORDER: readonly RequestStatus[] = [...REQUEST_STATUSES].sort();

/**
 * What filtering needs of each row of a view, in flat arrays: the customer's name in search
 * form, the status when it no longer depends on the clock (answered or withdrawn), the expiry
 * and the answer's time (NaN when unanswered). Views are immutable arrays (World replaces them
 * on write), so this is cached by identity.
 */
interface FilterView {
  names: string[];
  settled: (RequestStatus | null)[];
  expiry: Float64Array;
  respondedAt: Float64Array;
}
const filterViews = new WeakMap<readonly RequestRecord[], FilterView>();

function filterViewOf(world: World, rows: readonly RequestRecord[]): FilterView {
  let view = filterViews.get(rows);
  if (!view) {
    const names: string[] = [];
    const settled: (RequestStatus | null)[] = [];
    const expiry = new Float64Array(rows.length);
    const respondedAt = new Float64Array(rows.length);
    rows.forEach((request, index) => {
      names.push(world.customer(request.customerId)?.searchName ?? '');
      settled.push(settledStatus(request));
      expiry[index] = expiresAt(request.sentAt);
      respondedAt[index] = request.respondedAt ?? Number.NaN;
    });
    view = { names, settled, expiry, respondedAt };
    filterViews.set(rows, view);
  }
  return view;
}

/** Which latest requests a table shows. `statuses` may hold `suggested`, which no request has. */
export interface RequestFilter {
  statuses: ReadonlySet<string> | null;
  /** The name filter in search form; null: none. */
  needle: string | null;
  respondedAfter: number | null;
}

export function requestFilterOf(query: {
  statuses: ReadonlySet<string> | null;
  q: string;
  respondedAfter?: number | null;
}): RequestFilter {
  return {
    statuses: query.statuses,
    needle: query.q === '' ? null : searchForm(query.q),
    respondedAfter: query.respondedAfter ?? null,
  };
}

function filters(filter: RequestFilter): boolean {
  return filter.statuses !== null || filter.needle !== null || filter.respondedAfter !== null;
}

/**
 * Visits the rows of `view` that pass the filter, in view order (or backwards), with their
 * status at `now` (the same rule as statusOf, over the precomputed arrays).
 */
function eachMatching(
  world: World,
  view: readonly RequestRecord[],
  filter: RequestFilter,
  now: number,
  backwards: boolean,
  visit: (request: RequestRecord, status: RequestStatus) => void,
): void {
  const { statuses, needle, respondedAfter } = filter;
  if (statuses !== null && !REQUEST_STATUSES.some((status) => statuses.has(status))) return;
  const { names, settled, expiry, respondedAt } = filterViewOf(world, view);
  for (let n = 0; n < view.length; n += 1) {
    const i = backwards ? view.length - 1 - n : n;
    const status = settled[i] ?? openStatus(expiry[i] ?? 0, now);
    if (statuses !== null && !statuses.has(status)) continue;
    if (needle !== null && !(names[i] ?? '').includes(needle)) continue;
    // NaN (unanswered) is never greater, so it drops out.
    if (respondedAfter !== null && !((respondedAt[i] ?? Number.NaN) > respondedAfter)) continue;
    visit(view[i] as RequestRecord, status);
  }
}

/**
 * The latest request per customer that pass the filter, in the order of a maintained view
 * (`sentAt`: oldest first; `customer`: catalogue order). Without a filter, the view itself:
 * not even copied.
 */
export function matchingRequests(
  world: World,
  sort: 'sentAt' | 'customer',
  filter: RequestFilter,
  now: number,
): readonly RequestRecord[] {
  const view = sort === 'customer' ? world.latestByCustomerName() : world.latestBySentAt();
  if (!filters(filter)) return view;
  const result: RequestRecord[] = [];
  eachMatching(world, view, filter, now, false, (request) => result.push(request));
  return result;
}

/**
 * The latest requests that pass the filter in one bucket per status, newest first within each:
 * one pass backwards over the sentAt view, no sorting.
 */
export function matchingRequestsByStatus(
  world: World,
  filter: RequestFilter,
  now: number,
): Record<RequestStatus, RequestRecord[]> {
  const buckets: Record<RequestStatus, RequestRecord[]> = {
    approved: [],
    expired: [],
    pending: [],
    rejected: [],
    withdrawn: [],
  };
  eachMatching(world, world.latestBySentAt(), filter, now, true, (request, status) =>
    buckets[status].push(request),
  );
  return buckets;
}

/**
 * The latest request per customer, filtered, ordered and paged: sentAt and customer order are
 * the world's maintained views (read backwards for `desc`); status order is one bucket pass over
 * the sentAt view, newest first within a status.
 */
export function listRequests(world: World, query: ListQuery, now: number): ConnectionRequestPage {
  const filter = requestFilterOf(query);
  const toWire = (request: RequestRecord) => toConnectionRequest(world, request, now);
  let segments: Segment<ConnectionRequest>[];
  if (query.sort === 'status') {
    const buckets = matchingRequestsByStatus(world, filter, now);
    const statuses = query.order === 'desc' ? [...STATUSES_IN_ORDER].reverse() : STATUSES_IN_ORDER;
    segments = statuses.map((status) => segmentOf(buckets[status], toWire));
  } else {
    const rows = matchingRequests(world, query.sort, filter, now);
    segments = [segmentOf(rows, toWire, query.order === 'desc')];
  }
  const { items, total } = readPage(segments, query);
  return { items, total, page: query.page, pageSize: query.pageSize, serverTime: toIso(now) };
}
