/**
 * The page's one table (docs/product.md): the latest request per customer and the open suggestions,
 * filtered, ordered and paged together. Neither list is built whole or sorted per call: the
 * requests come from the world's maintained views, the suggestions (a few hundred) are filtered
 * in an order fixed once, and a page is read across them (mocks/domain/paging.ts).
 */
import {
  ROW_STATUSES,
  type ConnectionRow,
  type ConnectionRowPage,
  type RowStatus,
} from '../../src/contract';
import { toIso } from './clock';
import { readPage, segmentOf, type PageWindow, type Segment } from './paging';
import type { RequestRecord, SuggestionRecord } from './records';
import { matchingRequests, matchingRequestsByStatus, requestFilterOf } from './request-list';
import { toConnectionRequest } from './requests';
import { openSuggestions, toSuggestion } from './suggestions';
import { parseTableQuery, type TableQuery } from './table-query';
import type { World } from './world';

/** Filters, order and page of the one table. */
export type RowsQuery = TableQuery<RowStatus>;

/** Query string → RowsQuery: `status` takes the request statuses and `suggested`. */
export function parseRowsQuery(params: URLSearchParams): RowsQuery {
  return parseTableQuery(params, ROW_STATUSES);
}

/** `sort=status` order: status codes alphabetically, `suggested` among them. */
const ROW_STATUS_ORDER: readonly RowStatus[] = [...ROW_STATUSES].sort();

/** The suggestions in customer-name (catalogue) order, sorted once per world. */
const suggestionsByName = new WeakMap<readonly SuggestionRecord[], SuggestionRecord[]>();

function suggestionsInNameOrder(world: World): readonly SuggestionRecord[] {
  let sorted = suggestionsByName.get(world.suggestions);
  if (!sorted) {
    const { rank } = world.catalogue;
    sorted = [...world.suggestions].sort(
      (a, b) => (rank.get(a.customerId) ?? 0) - (rank.get(b.customerId) ?? 0),
    );
    suggestionsByName.set(world.suggestions, sorted);
  }
  return sorted;
}

export function listRows(world: World, query: RowsQuery, now: number): ConnectionRowPage {
  const filter = requestFilterOf(query);
  const withSuggestions = query.statuses === null || query.statuses.has('suggested');
  const toRequestRow = (request: RequestRecord): ConnectionRow => ({
    kind: 'request',
    request: toConnectionRequest(world, request, now),
  });
  const toSuggestionRow = (suggestion: SuggestionRecord): ConnectionRow => ({
    kind: 'suggestion',
    suggestion: toSuggestion(world, suggestion),
  });
  const desc = query.order === 'desc';

  let page: { items: ConnectionRow[]; total: number };
  if (query.sort === 'customer') {
    const requests = matchingRequests(world, 'customer', filter, now);
    const suggestions = withSuggestions
      ? openSuggestions(world, filter.needle, suggestionsInNameOrder(world))
      : [];
    page = mergedByName(world, requests, suggestions, query, desc, toRequestRow, toSuggestionRow);
  } else {
    const suggestions = segmentOf(
      withSuggestions ? openSuggestions(world, filter.needle) : [],
      toSuggestionRow,
    );
    let segments: Segment<ConnectionRow>[];
    if (query.sort === 'status') {
      // Newest first within a status, suggestions in the portal's order, in either direction.
      const buckets = matchingRequestsByStatus(world, filter, now);
      const statuses = desc ? [...ROW_STATUS_ORDER].reverse() : ROW_STATUS_ORDER;
      segments = statuses.map((status) =>
        status === 'suggested' ? suggestions : segmentOf(buckets[status], toRequestRow),
      );
    } else {
      // sentAt: suggestions have no date; like SQL's nulls they come first descending, last
      // ascending, and keep the portal's order either way.
      const requests = segmentOf(
        matchingRequests(world, 'sentAt', filter, now),
        toRequestRow,
        desc,
      );
      segments = desc ? [suggestions, requests] : [requests, suggestions];
    }
    page = readPage(segments, query);
  }
  return { ...page, page: query.page, pageSize: query.pageSize, serverTime: toIso(now) };
}

/**
 * One page of requests and suggestions merged by customer name, both given in catalogue order.
 * Where the page starts is found by binary search (a suggestion's place in the merge is its
 * index plus the requests ranked before it), then only the page's rows are visited.
 */
function mergedByName(
  world: World,
  requests: readonly RequestRecord[],
  suggestions: readonly SuggestionRecord[],
  { page, pageSize }: PageWindow,
  desc: boolean,
  toRequestRow: (request: RequestRecord) => ConnectionRow,
  toSuggestionRow: (suggestion: SuggestionRecord) => ConnectionRow,
): { items: ConnectionRow[]; total: number } {
  const total = requests.length + suggestions.length;
  const start = (page - 1) * pageSize;
  const end = Math.min(total, start + pageSize);
  if (start >= end) return { items: [], total };
  // Descending is the ascending merge read backwards: take the mirrored range and reverse it.
  const from = desc ? total - end : start;
  const count = end - start;

  const { rank } = world.catalogue;
  const rankOf = (customerId: string): number => rank.get(customerId) ?? 0;
  const requestsRankedBefore = (target: number): number => {
    let low = 0;
    let high = requests.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (rankOf((requests[middle] as RequestRecord).customerId) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  // How many suggestions come before position `from` of the merge.
  let low = 0;
  let high = suggestions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const placed =
      middle + requestsRankedBefore(rankOf((suggestions[middle] as SuggestionRecord).customerId));
    if (placed < from) low = middle + 1;
    else high = middle;
  }
  let s = low;
  let r = from - low;
  const items: ConnectionRow[] = [];
  while (items.length < count) {
    const request = requests[r];
    const suggestion = suggestions[s];
    if (suggestion && (!request || rankOf(suggestion.customerId) < rankOf(request.customerId))) {
      items.push(toSuggestionRow(suggestion));
      s += 1;
    } else if (request) {
      items.push(toRequestRow(request));
      r += 1;
    } else {
      break;
    }
  }
  return { items: desc ? items.reverse() : items, total };
}
