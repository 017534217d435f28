import { DAY_MS, type SuggestionReason } from '../../src/contract';
import type { RequestRecord, ScenarioSeed, SuggestionRecord, Supplier } from '../domain/records';
import { catalogueOf, LARGE_GENERATED_COUNT } from './catalogue';
import { createPrng } from './prng';

const HOUR_MS = 60 * 60 * 1000;
const LARGE_SUPPLIER: Supplier = { id: 'sup-globex', name: 'Globex Industrial Supply Inc.' };

const LARGE_REQUEST_COUNT = 10_000;
const LARGE_SUGGESTION_COUNT = 500;
const REASONS: readonly SuggestionReason[] = [
  'invoice_history',
  'email_domain_match',
  'buyer_network',
  'shared_address',
];

/**
 * large-account: 10,000 requests to 10,000 distinct customers and 500 suggestions, drawn from
 * the generated catalogue in one pass with a seeded PRNG (fast enough to regenerate on load).
 */
export function largeAccountSeed(anchor: number): ScenarioSeed {
  const prng = createPrng(4242);
  const catalogue = catalogueOf(LARGE_GENERATED_COUNT);
  const requests: RequestRecord[] = [];
  const suggestions: SuggestionRecord[] = [];
  let number = 0;
  for (const customer of catalogue.customers) {
    if (customer.requestsDisabled || !customer.id.startsWith('cust-g')) continue;
    if (requests.length < LARGE_REQUEST_COUNT) {
      number += 1;
      const roll = prng.next();
      const pending = roll < 0.3;
      // Pending ones are younger than 30 days; the others anywhere in the last year.
      const sentAt =
        anchor - (pending ? prng.int(0, 29 * 24) : prng.int(31 * 24, 365 * 24)) * HOUR_MS;
      const answered = !pending && roll < 0.65;
      const withdrawn = !pending && !answered && roll < 0.8;
      const rejected = answered && roll >= 0.55;
      requests.push({
        id: `req-l${String(number).padStart(5, '0')}`,
        customerId: customer.id,
        origin: prng.next() < 0.5 ? 'suggestion' : 'search',
        contactEmail: null,
        sentAt,
        decision: answered ? (rejected ? 'rejected' : 'approved') : null,
        respondedAt: answered ? sentAt + prng.int(1, 20) * DAY_MS : null,
        withdrawnAt: withdrawn ? sentAt + HOUR_MS : null,
        comment: rejected && prng.next() < 0.5 ? 'Please ask us for an invitation.' : null,
        attempt: 1,
      });
    } else if (suggestions.length < LARGE_SUGGESTION_COUNT) {
      suggestions.push({ customerId: customer.id, reason: prng.pick(REASONS) });
    } else {
      break;
    }
  }
  // Search-origin requests carry an email; derive one from the id so no string building is random.
  const withEmails = requests.map((r) =>
    r.origin === 'search' ? { ...r, contactEmail: `purchasing+${r.customerId}@example.com` } : r,
  );
  return {
    scenario: 'large-account',
    role: 'admin',
    supplier: LARGE_SUPPLIER,
    catalogue,
    requests: withEmails,
    suggestions,
    duplicateAccount: [],
  };
}
