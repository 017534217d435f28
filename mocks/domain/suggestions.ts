import { MAX_PAGE_SIZE, type Suggestion, type SuggestionPage } from '../../src/contract';
import { DomainError } from './errors';
import { pageOf, parsePaging } from './input';
import { searchForm } from './normalize';
import type { SuggestionRecord } from './records';
import { parseNameFilter } from './table-query';
import type { World } from './world';

/** Suggestions still shown: no request to that customer yet and not dismissed. */
function isOpen(world: World, suggestion: SuggestionRecord): boolean {
  return !world.dismissed.has(suggestion.customerId) && !world.hasRequestsTo(suggestion.customerId);
}

export function toSuggestion(world: World, suggestion: SuggestionRecord): Suggestion {
  return {
    customerId: suggestion.customerId,
    customerName: world.customer(suggestion.customerId)?.name ?? suggestion.customerId,
    reason: suggestion.reason,
  };
}

/**
 * The open suggestions whose customer name contains `needle` (search form; null: any), in the
 * order of `ordered` (the portal's order unless given another). At most a few hundred.
 */
export function openSuggestions(
  world: World,
  needle: string | null,
  ordered: readonly SuggestionRecord[] = world.suggestions,
): SuggestionRecord[] {
  return ordered.filter((suggestion) => {
    if (!isOpen(world, suggestion)) return false;
    const customer = world.customer(suggestion.customerId);
    return customer !== undefined && (needle === null || customer.searchName.includes(needle));
  });
}

export function listSuggestions(world: World, params: URLSearchParams): SuggestionPage {
  const q = parseNameFilter(params);
  const { page, pageSize } = parsePaging(params, MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const matching = openSuggestions(world, q === '' ? null : searchForm(q));
  const items = pageOf(matching, page, pageSize).map((suggestion) =>
    toSuggestion(world, suggestion),
  );
  return { items, total: matching.length, page, pageSize };
}

/** "Not my customer": gone for good. Only an open suggestion can be dismissed (else 404). */
export function dismissSuggestion(world: World, customerId: string): void {
  const suggestion = world.suggestions.find((s) => s.customerId === customerId);
  if (!suggestion || !isOpen(world, suggestion)) {
    throw new DomainError('not_found', { message: `No open suggestion for "${customerId}".` });
  }
  world.dismissed.add(customerId);
}
