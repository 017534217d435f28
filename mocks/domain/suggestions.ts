import { MAX_PAGE_SIZE, type Suggestion, type SuggestionPage } from '../../src/contract';
import { DomainError, invalidInput } from './errors';
import { characterCount, pageOf, parsePaging } from './input';
import { searchForm } from './normalize';
import type { SuggestionRecord, World } from './world';

/** Suggestions still shown: no request to that customer yet and not dismissed. */
function isOpen(world: World, suggestion: SuggestionRecord): boolean {
  return !world.dismissed.has(suggestion.customerId) && !world.hasRequestsTo(suggestion.customerId);
}

export function listSuggestions(world: World, params: URLSearchParams): SuggestionPage {
  const q = (params.get('q') ?? '').trim();
  if (characterCount(q) > 100)
    throw invalidInput('q', 'The name filter has at most 100 characters.');
  const { page, pageSize } = parsePaging(params, MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const needle = q === '' ? null : searchForm(q);
  const matching: Suggestion[] = [];
  for (const suggestion of world.suggestions) {
    if (!isOpen(world, suggestion)) continue;
    const customer = world.customer(suggestion.customerId);
    if (!customer) continue;
    if (needle !== null && !customer.searchName.includes(needle)) continue;
    matching.push({
      customerId: customer.id,
      customerName: customer.name,
      reason: suggestion.reason,
    });
  }
  return { items: pageOf(matching, page, pageSize), total: matching.length, page, pageSize };
}

/** "Not my customer": gone for good. Only an open suggestion can be dismissed (else 404). */
export function dismissSuggestion(world: World, customerId: string): void {
  const suggestion = world.suggestions.find((s) => s.customerId === customerId);
  if (!suggestion || !isOpen(world, suggestion)) {
    throw new DomainError('not_found', { message: `No open suggestion for "${customerId}".` });
  }
  world.dismissed.add(customerId);
}
