import {
  MAX_SEARCHES,
  MAX_SEARCH_RESULTS,
  QUERY_MAX_LENGTH,
  QUERY_MIN_LENGTH,
  type CustomerSearchHit,
  type CustomerSearchResult,
  type SearchState,
} from '../../src/contract';
import { DomainError } from './errors';
import { characterCount } from './input';
import { normalizeName } from './normalize';
import { standingOf } from './requests';
import type { CustomerRecord, World } from './world';

/** R4: searches left for the user. */
export function searchesRemaining(world: World): number {
  return Math.max(0, MAX_SEARCHES - world.searchesUsed);
}

/** R5: the trimmed query must have 2–100 characters (else 422 `invalid_query`, field q). */
export function validateQuery(raw: string | null): string {
  const query = (raw ?? '').trim();
  const length = characterCount(query);
  if (length < QUERY_MIN_LENGTH || length > QUERY_MAX_LENGTH) {
    throw new DomainError('invalid_query', { field: 'q' });
  }
  return query;
}

/**
 * The state a search hit is shown with, most important first (R11 > approved > pending >
 * rejected > no attempts left > available).
 */
export function searchStateOf(world: World, customer: CustomerRecord, now: number): SearchState {
  if (customer.requestsDisabled) return 'requests_disabled';
  const standing = standingOf(world, customer.id, now);
  if (standing.approved) return 'approved';
  if (standing.pending) return 'pending';
  if (standing.rejected) return 'rejected';
  if (standing.limitReached) return 'limit_reached';
  return 'available';
}

/**
 * Matches in catalogue (name) order, names where a word starts with the query first;
 * at most 20. Names are normalised once in the catalogue, so this is one pass of `includes`.
 */
export function findCustomers(
  customers: readonly CustomerRecord[],
  query: string,
  limit = MAX_SEARCH_RESULTS,
): CustomerRecord[] {
  const needle = normalizeName(query);
  const wordStart: CustomerRecord[] = [];
  const elsewhere: CustomerRecord[] = [];
  for (const customer of customers) {
    const at = customer.normalizedName.indexOf(needle);
    if (at < 0) continue;
    if (at === 0 || customer.normalizedName[at - 1] === ' ') {
      wordStart.push(customer);
      if (wordStart.length === limit) break;
    } else if (elsewhere.length < limit) {
      elsewhere.push(customer);
    }
  }
  return [...wordStart, ...elsewhere].slice(0, limit);
}

/**
 * R4 + R5: validate (an invalid query is refused before the limit and not counted),
 * then spend one attempt (the 6th gets 429), then match.
 */
export function searchCatalogue(
  world: World,
  rawQuery: string | null,
  now: number,
): CustomerSearchResult {
  const query = validateQuery(rawQuery);
  if (world.searchesUsed >= MAX_SEARCHES) throw new DomainError('search_limit_reached');
  world.searchesUsed += 1;
  const items: CustomerSearchHit[] = findCustomers(world.catalogue.customers, query).map(
    (customer) => ({
      customerId: customer.id,
      customerName: customer.name,
      state: searchStateOf(world, customer, now),
    }),
  );
  const needle = normalizeName(query);
  const total = world.catalogue.customers.filter((c) => c.normalizedName.includes(needle)).length;
  return { items, total, searchesRemaining: searchesRemaining(world) };
}
