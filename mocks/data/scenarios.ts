import type { ScenarioName, SuggestionReason } from '../../src/contract';
import { DAY_MS } from '../domain/clock';
import type { RequestRecord, ScenarioSeed, SuggestionRecord, Supplier } from '../domain/world';
import {
  LARGE_GENERATED_COUNT,
  NAMED,
  STANDARD_GENERATED_COUNT,
  catalogueOf,
  type NamedCustomerKey,
} from './catalogue';
import { createPrng } from './prng';

const HOUR_MS = 60 * 60 * 1000;

const SUPPLIER: Supplier = { id: 'sup-nordlicht', name: 'Nordlicht Components GmbH' };
const NEW_SUPPLIER: Supplier = { id: 'sup-fresh-start', name: 'Fresh Start Supplies Ltd' };
const LARGE_SUPPLIER: Supplier = { id: 'sup-globex', name: 'Globex Industrial Supply Inc.' };

interface RequestSpec {
  id: string;
  customer: NamedCustomerKey;
  /** Days (fractional allowed) before the scenario's anchor. */
  sentDaysAgo: number;
  attempt: number;
  origin?: 'search' | 'suggestion';
  contactEmail?: string;
  answer?: { decision: 'approved' | 'rejected'; daysAgo: number; comment?: string };
  withdrawnDaysAgo?: number;
}

function requestFrom(spec: RequestSpec, anchor: number): RequestRecord {
  const at = (daysAgo: number) => anchor - daysAgo * DAY_MS;
  const origin = spec.origin ?? (spec.contactEmail === undefined ? 'suggestion' : 'search');
  return {
    id: spec.id,
    customerId: NAMED[spec.customer].id,
    origin,
    contactEmail: origin === 'search' ? (spec.contactEmail ?? null) : null,
    sentAt: at(spec.sentDaysAgo),
    decision: spec.answer?.decision ?? null,
    respondedAt: spec.answer ? at(spec.answer.daysAgo) : null,
    withdrawnAt: spec.withdrawnDaysAgo === undefined ? null : at(spec.withdrawnDaysAgo),
    comment: spec.answer?.comment ?? null,
    attempt: spec.attempt,
  };
}

/**
 * default: a dozen customers in every status. Statuses follow from the dates (R2), so each
 * row is placed in time relative to the anchor (the server clock when loaded).
 */
const DEFAULT_REQUESTS: readonly RequestSpec[] = [
  // pending, from a search, with a contact email
  {
    id: 'req-001',
    customer: 'muellerLogistik',
    sentDaysAgo: 3,
    attempt: 1,
    contactEmail: 'einkauf@mueller-logistik.de',
  },
  // pending 29 days: expires tomorrow (R2 boundary)
  {
    id: 'req-002',
    customer: 'societeGenerale',
    sentDaysAgo: 29,
    attempt: 1,
    contactEmail: 'achats@sge.fr',
  },
  // pending, system-initiated, second attempt after an expired one
  { id: 'req-003', customer: 'nordwind', sentDaysAgo: 52, attempt: 1 },
  { id: 'req-004', customer: 'nordwind', sentDaysAgo: 10, attempt: 2 },
  // approved ×2 (4 and 1 accounts)
  {
    id: 'req-005',
    customer: 'oestergaard',
    sentDaysAgo: 60,
    attempt: 1,
    contactEmail: 'indkoeb@oestergaard.dk',
    answer: { decision: 'approved', daysAgo: 55 },
  },
  {
    id: 'req-006',
    customer: 'fabbrica',
    sentDaysAgo: 20,
    attempt: 1,
    answer: { decision: 'approved', daysAgo: 18 },
  },
  // expired with attempts left
  {
    id: 'req-007',
    customer: 'grosshandel',
    sentDaysAgo: 45,
    attempt: 1,
    contactEmail: 'einkauf@grosshandel-weiss.de',
  },
  // expired with no attempts left (expired, withdrawn, expired)
  { id: 'req-008', customer: 'celik', sentDaysAgo: 130, attempt: 1 },
  {
    id: 'req-009',
    customer: 'celik',
    sentDaysAgo: 95,
    attempt: 2,
    contactEmail: 'satinalma@celik.com.tr',
    withdrawnDaysAgo: 94,
  },
  {
    id: 'req-010',
    customer: 'celik',
    sentDaysAgo: 90,
    attempt: 3,
    contactEmail: 'satinalma@celikyapi.com.tr',
  },
  // rejected with a comment, without one, and with one that looks like HTML (R9)
  {
    id: 'req-011',
    customer: 'zuercher',
    sentDaysAgo: 40,
    attempt: 1,
    contactEmail: 'beschaffung@zuercher-praezision.ch',
    answer: {
      decision: 'rejected',
      daysAgo: 38,
      comment: 'We already work with your parent company. Please ask us for an invitation instead.',
    },
  },
  {
    id: 'req-012',
    customer: 'bjoerk',
    sentDaysAgo: 33,
    attempt: 1,
    answer: { decision: 'rejected', daysAgo: 30 },
  },
  {
    id: 'req-013',
    customer: 'dvorak',
    sentDaysAgo: 15,
    attempt: 1,
    answer: {
      decision: 'rejected',
      daysAgo: 12,
      comment: '<b>Not</b> interested <script>alert("x")</script>',
    },
  },
  // withdrawn (a mistyped email), attempts left
  {
    id: 'req-014',
    customer: 'kowalski',
    sentDaysAgo: 6,
    attempt: 1,
    contactEmail: 'zakupy@kowalsky.pl',
    withdrawnDaysAgo: 5.9,
  },
  // the long name: withdrawn then expired, a history of two
  {
    id: 'req-015',
    customer: 'muellerLuedenscheidt',
    sentDaysAgo: 80,
    attempt: 1,
    withdrawnDaysAgo: 79,
  },
  {
    id: 'req-016',
    customer: 'muellerLuedenscheidt',
    sentDaysAgo: 70,
    attempt: 2,
    contactEmail: 'einkauf@ml-objekt.de',
  },
];

/**
 * The duplicate supplier account merged by POST /api/demo/merge (R10). Overlaps with the
 * default account as SPEC §5 says: a pending request to the same customer in both (Nordwind:
 * theirs is newer, ours has the larger attempt), a customer approved here and pending there
 * (Müller Logistik), rejected and expired requests, and customers only this account has
 * (Łódź pending, Čapek approved).
 */
const DUPLICATE_REQUESTS: readonly RequestSpec[] = [
  {
    id: 'dup-001',
    customer: 'nordwind',
    sentDaysAgo: 2,
    attempt: 1,
    contactEmail: 'einkauf@nordwind-energie.de',
  },
  {
    id: 'dup-002',
    customer: 'muellerLogistik',
    sentDaysAgo: 25,
    attempt: 1,
    answer: { decision: 'approved', daysAgo: 24 },
  },
  {
    id: 'dup-003',
    customer: 'helsingin',
    sentDaysAgo: 50,
    attempt: 1,
    answer: { decision: 'rejected', daysAgo: 49, comment: 'No new suppliers this year.' },
  },
  { id: 'dup-004', customer: 'gruenwald', sentDaysAgo: 64, attempt: 1 },
  { id: 'dup-005', customer: 'lodz', sentDaysAgo: 4, attempt: 1 },
  {
    id: 'dup-006',
    customer: 'capek',
    sentDaysAgo: 100,
    attempt: 1,
    contactEmail: 'nakup@capek.cz',
    answer: { decision: 'approved', daysAgo: 98 },
  },
];

const DEFAULT_SUGGESTIONS: readonly { customer: NamedCustomerKey; reason: SuggestionReason }[] = [
  { customer: 'angstroem', reason: 'invoice_history' },
  { customer: 'papeleria', reason: 'email_domain_match' },
  { customer: 'htmlTrading', reason: 'buyer_network' },
  { customer: 'dubois', reason: 'shared_address' },
];

const NEW_SUPPLIER_SUGGESTIONS: readonly {
  customer: NamedCustomerKey;
  reason: SuggestionReason;
}[] = [
  ...DEFAULT_SUGGESTIONS,
  { customer: 'nakamura', reason: 'invoice_history' },
  { customer: 'sao', reason: 'buyer_network' },
];

function suggestionsFrom(
  list: readonly { customer: NamedCustomerKey; reason: SuggestionReason }[],
): SuggestionRecord[] {
  return list.map(({ customer, reason }) => ({ customerId: NAMED[customer].id, reason }));
}

function defaultSeed(anchor: number, scenario: 'default' | 'member'): ScenarioSeed {
  return {
    scenario,
    role: scenario === 'member' ? 'member' : 'admin',
    supplier: SUPPLIER,
    catalogue: catalogueOf(STANDARD_GENERATED_COUNT),
    requests: DEFAULT_REQUESTS.map((spec) => requestFrom(spec, anchor)),
    suggestions: suggestionsFrom(DEFAULT_SUGGESTIONS),
    duplicateAccount: DUPLICATE_REQUESTS.map((spec) => requestFrom(spec, anchor)),
  };
}

function newSupplierSeed(): ScenarioSeed {
  return {
    scenario: 'new-supplier',
    role: 'admin',
    supplier: NEW_SUPPLIER,
    catalogue: catalogueOf(STANDARD_GENERATED_COUNT),
    requests: [],
    suggestions: suggestionsFrom(NEW_SUPPLIER_SUGGESTIONS),
    duplicateAccount: [],
  };
}

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
function largeAccountSeed(anchor: number): ScenarioSeed {
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

/** The deterministic data of a scenario, dated relative to `anchor` (server-clock ms). */
export function scenarioSeed(name: ScenarioName, anchor: number): ScenarioSeed {
  switch (name) {
    case 'default':
    case 'member':
      return defaultSeed(anchor, name);
    case 'new-supplier':
      return newSupplierSeed();
    case 'large-account':
      return largeAccountSeed(anchor);
  }
}
