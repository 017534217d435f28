import { DAY_MS } from '../../src/contract';
import type { RequestRecord } from '../domain/records';
import { NAMED, type NamedCustomerKey } from './catalogue';

/**
 * The hand-written requests of the default scenario and of its duplicate supplier account, each
 * placed in time relative to the scenario's anchor so that its status follows from its dates (R2).
 */

/** What happened to a request after it was sent, in days (fractions allowed) before the anchor. */
interface Afterwards {
  /** A request from a search carries its contact email; one without is from a suggestion (R7). */
  email?: string;
  approved?: number;
  rejected?: number;
  /** The customer's comment on a rejection (R9). */
  comment?: string;
  withdrawn?: number;
}

type DatedRequest = (anchor: number) => RequestRecord;

/** Request `id` to `customer`, sent `sentDaysAgo` days before the anchor as attempt `attempt`. */
function sent(
  id: string,
  customer: NamedCustomerKey,
  sentDaysAgo: number,
  attempt: number,
  then: Afterwards = {},
): DatedRequest {
  return (anchor) => {
    const at = (daysAgo: number) => anchor - daysAgo * DAY_MS;
    const answeredDaysAgo = then.approved ?? then.rejected;
    return {
      id,
      customerId: NAMED[customer].id,
      origin: then.email === undefined ? 'suggestion' : 'search',
      contactEmail: then.email ?? null,
      sentAt: at(sentDaysAgo),
      decision:
        then.approved !== undefined ? 'approved' : then.rejected !== undefined ? 'rejected' : null,
      respondedAt: answeredDaysAgo === undefined ? null : at(answeredDaysAgo),
      withdrawnAt: then.withdrawn === undefined ? null : at(then.withdrawn),
      comment: then.comment ?? null,
      attempt,
    };
  };
}

/** default: a dozen customers in every status. */
const DEFAULT_REQUESTS: readonly DatedRequest[] = [
  // pending, from a search, with a contact email
  sent('req-001', 'muellerLogistik', 3, 1, { email: 'einkauf@mueller-logistik.de' }),
  // pending 29 days: expires tomorrow (R2 boundary)
  sent('req-002', 'societeGenerale', 29, 1, { email: 'achats@sge.fr' }),
  // pending, system-initiated, second attempt after an expired one
  sent('req-003', 'nordwind', 52, 1),
  sent('req-004', 'nordwind', 10, 2),
  // approved ×2 (4 and 1 accounts)
  sent('req-005', 'oestergaard', 60, 1, { email: 'indkoeb@oestergaard.dk', approved: 55 }),
  sent('req-006', 'fabbrica', 20, 1, { approved: 18 }),
  // expired with attempts left
  sent('req-007', 'grosshandel', 45, 1, { email: 'einkauf@grosshandel-weiss.de' }),
  // expired with no attempts left (expired, withdrawn, expired)
  sent('req-008', 'celik', 130, 1),
  sent('req-009', 'celik', 95, 2, { email: 'satinalma@celik.com.tr', withdrawn: 94 }),
  sent('req-010', 'celik', 90, 3, { email: 'satinalma@celikyapi.com.tr' }),
  // rejected with a comment, without one, and with one that looks like HTML (R9)
  sent('req-011', 'zuercher', 40, 1, {
    email: 'beschaffung@zuercher-praezision.ch',
    rejected: 38,
    comment: 'We already work with your parent company. Please ask us for an invitation instead.',
  }),
  sent('req-012', 'bjoerk', 33, 1, { rejected: 30 }),
  sent('req-013', 'dvorak', 15, 1, {
    rejected: 12,
    comment: '<b>Not</b> interested <script>alert("x")</script>',
  }),
  // withdrawn (a mistyped email), attempts left
  sent('req-014', 'kowalski', 6, 1, { email: 'zakupy@kowalsky.pl', withdrawn: 5.9 }),
  // the long name: withdrawn then expired, a history of two
  sent('req-015', 'muellerLuedenscheidt', 80, 1, { withdrawn: 79 }),
  sent('req-016', 'muellerLuedenscheidt', 70, 2, { email: 'einkauf@ml-objekt.de' }),
];

/**
 * The duplicate supplier account merged by POST /api/demo/merge (R10). It overlaps with the
 * default account so that every part of R10 shows: a pending request to the same customer in
 * both (Nordwind: theirs is newer, ours has the larger attempt), a customer approved here and
 * pending there (Müller Logistik), rejected and expired requests, and customers only this
 * account has (Łódź pending, Čapek approved).
 */
const DUPLICATE_REQUESTS: readonly DatedRequest[] = [
  sent('dup-001', 'nordwind', 2, 1, { email: 'einkauf@nordwind-energie.de' }),
  sent('dup-002', 'muellerLogistik', 25, 1, { approved: 24 }),
  sent('dup-003', 'helsingin', 50, 1, { rejected: 49, comment: 'No new suppliers this year.' }),
  sent('dup-004', 'gruenwald', 64, 1),
  sent('dup-005', 'lodz', 4, 1),
  sent('dup-006', 'capek', 100, 1, { email: 'nakup@capek.cz', approved: 98 }),
];

/** The default scenario's requests, dated relative to `anchor`. */
export function defaultRequests(anchor: number): RequestRecord[] {
  return DEFAULT_REQUESTS.map((request) => request(anchor));
}

/** The duplicate account's requests (R10), dated relative to `anchor`. */
export function duplicateAccountRequests(anchor: number): RequestRecord[] {
  return DUPLICATE_REQUESTS.map((request) => request(anchor));
}
