import {
  MAX_SEARCHES,
  MAX_SEARCH_RESULTS,
  QUERY_MAX_LENGTH,
  QUERY_MIN_LENGTH,
  searchQueryProblem,
  type CustomerSearchHit,
  type CustomerSearchResult,
  type SearchQueryProblem,
  type SearchState,
} from '../../src/contract';
import { DomainError } from './errors';
import { queryWords } from './normalize';
import { standingOf } from './requests';
import type { CustomerRecord } from './records';
import type { World } from './world';

/** R4: searches left for the user. */
export function searchesRemaining(world: World): number {
  return Math.max(0, MAX_SEARCHES - world.searchesUsed);
}

/**
 * R5: the trimmed query must have 2–100 characters, at least two of them letters or digits
 * (else 422 `invalid_query`, field q): the rule the search dialog checks, from one module.
 */
export function validateQuery(raw: string | null): string {
  const query = (raw ?? '').trim();
  const problem = searchQueryProblem(query);
  if (problem !== null) {
    throw new DomainError('invalid_query', {
      field: 'q',
      message: QUERY_PROBLEM_MESSAGES[problem],
    });
  }
  return query;
}

const QUERY_PROBLEM_MESSAGES: Record<SearchQueryProblem, string> = {
  tooShort: `The query needs at least ${QUERY_MIN_LENGTH} characters.`,
  tooLong: `The query has at most ${QUERY_MAX_LENGTH} characters.`,
  noLettersOrDigits: `The query needs at least ${QUERY_MIN_LENGTH} letters or digits.`,
};

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

export interface CustomerMatches {
  /** The best `limit` matches: names where more query words start a word first. */
  items: CustomerRecord[];
  /** How many customers matched in all. */
  total: number;
}

/** Whether `word` occurs in `name` at the start of one of its words. */
function startsAWord(name: string, word: string, firstAt: number): boolean {
  for (let at = firstAt; at >= 0; at = name.indexOf(word, at + 1)) {
    if (at === 0 || !LETTER_OR_DIGIT.test(name.charAt(at - 1))) return true;
  }
  return false;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * R5: customers whose name contains every word of the query, in any order, compared in search
 * form (case, accents and German transliterations folded on both sides). Ranked by how many
 * query words start a word of the name (all of them first), then catalogue (name) order.
 * Names are folded once in the catalogue, so this is one pass of `indexOf` over it.
 */
export function findCustomers(
  customers: readonly CustomerRecord[],
  query: string,
  limit = MAX_SEARCH_RESULTS,
): CustomerMatches {
  const words = queryWords(query);
  if (words.length === 0) return { items: [], total: 0 };
  // tiers[k]: matches where k query words start nowhere a word; each tier needs `limit` at most.
  const tiers: CustomerRecord[][] = words.map(() => []);
  tiers.push([]);
  let total = 0;
  for (const customer of customers) {
    const name = customer.searchName;
    let inside = 0;
    let matches = true;
    for (const word of words) {
      const at = name.indexOf(word);
      if (at < 0) {
        matches = false;
        break;
      }
      if (!startsAWord(name, word, at)) inside += 1;
    }
    if (!matches) continue;
    total += 1;
    const tier = tiers[inside];
    if (tier && tier.length < limit) tier.push(customer);
  }
  return { items: tiers.flat().slice(0, limit), total };
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
  const matches = findCustomers(world.catalogue.customers, query);
  const items: CustomerSearchHit[] = matches.items.map((customer) => ({
    customerId: customer.id,
    customerName: customer.name,
    state: searchStateOf(world, customer, now),
  }));
  return { items, total: matches.total, searchesRemaining: searchesRemaining(world) };
}
