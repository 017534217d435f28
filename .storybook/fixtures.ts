import {
  DAY_MS,
  EXPIRY_DAYS,
  type ConnectionRequest,
  type ConnectionRow,
  type ConnectionRowPage,
  type CustomerAccount,
  type RequestStatus,
  type Suggestion,
} from '../src/contract';

/**
 * Plain data for the presentational stories (pure states, no network). Names follow the mock
 * backend's seeded catalogue so reviewers meet the same customers everywhere; the server time
 * is fixed so days left and dates never change between runs.
 */
const SERVER_TIME = '2026-03-02T09:00:00.000Z';

function daysBefore(days: number): string {
  return new Date(Date.parse(SERVER_TIME) - days * DAY_MS).toISOString();
}

interface RequestSpec {
  customerName: string;
  status: RequestStatus;
  sentDaysAgo: number;
  contactEmail?: string | null;
  answeredDaysAgo?: number;
  comment?: string | null;
  attempt?: number;
}

let nextId = 1;

/** One request as the API returns it, built from the few facts that differ between rows. */
export function makeRequest(spec: RequestSpec): ConnectionRequest {
  const id = `story-req-${String(nextId++).padStart(3, '0')}`;
  const attempt = spec.attempt ?? 1;
  const contactEmail = spec.contactEmail ?? null;
  return {
    id,
    customerId: `story-cust-${spec.customerName.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    customerName: spec.customerName,
    status: spec.status,
    origin: contactEmail === null ? 'suggestion' : 'search',
    contactEmail,
    sentAt: daysBefore(spec.sentDaysAgo),
    expiresAt: daysBefore(spec.sentDaysAgo - EXPIRY_DAYS),
    respondedAt: spec.answeredDaysAgo === undefined ? null : daysBefore(spec.answeredDaysAgo),
    comment: spec.comment ?? null,
    attempt,
    attemptsLeft: 3 - attempt,
  };
}

/** One row in every situation the table can show (SPEC §1), newest first. */
export const REQUESTS = {
  pendingFromSearch: makeRequest({
    customerName: 'Müller Logistik GmbH',
    status: 'pending',
    sentDaysAgo: 3,
    contactEmail: 'einkauf@mueller-logistik.de',
  }),
  withdrawn: makeRequest({
    customerName: 'Kowalski Hurtownia Sp. z o.o.',
    status: 'withdrawn',
    sentDaysAgo: 6,
    contactEmail: 'zakupy@kowalsky.pl',
  }),
  pendingSystemInitiated: makeRequest({
    customerName: 'Nordwind Energie AG',
    status: 'pending',
    sentDaysAgo: 10,
    attempt: 2,
  }),
  rejectedHtmlComment: makeRequest({
    customerName: 'Dvořák Strojírny s.r.o.',
    status: 'rejected',
    sentDaysAgo: 15,
    answeredDaysAgo: 12,
    comment: '<b>Not</b> interested <script>alert("x")</script>',
  }),
  approved: makeRequest({
    customerName: 'Fabbrica Italiana Ceramiche S.p.A.',
    status: 'approved',
    sentDaysAgo: 20,
    answeredDaysAgo: 18,
  }),
  pendingExpiresTomorrow: makeRequest({
    customerName: "Société Générale d'Équipement S.A.",
    status: 'pending',
    sentDaysAgo: 29,
    contactEmail: 'achats@sge.fr',
  }),
  rejectedNoComment: makeRequest({
    customerName: 'Björk Fastigheter AB',
    status: 'rejected',
    sentDaysAgo: 33,
    answeredDaysAgo: 30,
  }),
  rejectedWithComment: makeRequest({
    customerName: 'Zürcher Präzisionstechnik AG',
    status: 'rejected',
    sentDaysAgo: 40,
    answeredDaysAgo: 38,
    contactEmail: 'beschaffung@zuercher-praezision.ch',
    comment: 'We already work with your parent company. Please ask us for an invitation instead.',
  }),
  expiredAttemptsLeft: makeRequest({
    customerName: 'Großhandel Weiß an der Straße KG',
    status: 'expired',
    sentDaysAgo: 45,
    contactEmail: 'einkauf@grosshandel-weiss.de',
  }),
  approvedManyAccounts: makeRequest({
    customerName: 'Østergaard & Søn A/S',
    status: 'approved',
    sentDaysAgo: 60,
    answeredDaysAgo: 55,
    contactEmail: 'indkoeb@oestergaard.dk',
  }),
  expiredLongName: makeRequest({
    customerName:
      'Müller-Lüdenscheidt Handels- und Vertriebsgesellschaft für Büro- und Objekteinrichtungen mbH & Co. KG',
    status: 'expired',
    sentDaysAgo: 70,
    attempt: 2,
    contactEmail: 'einkauf@ml-objekt.de',
  }),
  expiredNoAttemptsLeft: makeRequest({
    customerName: 'Çelik Yapı Sanayi A.Ş.',
    status: 'expired',
    sentDaysAgo: 90,
    attempt: 3,
    contactEmail: 'satinalma@celikyapi.com.tr',
  }),
} satisfies Record<string, ConnectionRequest>;

export const ALL_REQUESTS: ConnectionRequest[] = Object.values(REQUESTS);

function isSuggestion(item: ConnectionRequest | Suggestion): item is Suggestion {
  return !('id' in item);
}

/**
 * A page of the table's endpoint (GET /connection-rows) holding these requests and suggestions
 * as rows, in the order given (one page, unless `total` says there are more).
 */
export function rowsPageOf(
  items: readonly (ConnectionRequest | Suggestion)[],
  { total = items.length, page = 1, pageSize = 25 } = {},
): ConnectionRowPage {
  const rows = items.map((item): ConnectionRow =>
    isSuggestion(item)
      ? { kind: 'suggestion', suggestion: item }
      : { kind: 'request', request: item },
  );
  return { items: rows, total, page, pageSize, serverTime: SERVER_TIME };
}

export const ACCOUNTS: CustomerAccount[] = [
  { id: 'acc-1', name: 'Østergaard & Søn A/S — Indkøb', country: 'DK' },
  { id: 'acc-2', name: 'Østergaard & Søn A/S — Lager Aarhus', country: 'DK' },
  { id: 'acc-3', name: 'Østergaard Sverige AB', country: 'SE' },
  { id: 'acc-4', name: 'Østergaard GmbH', country: 'DE' },
];

/** Suggestions in the portal's order, one per reason, one name that looks like HTML. */
export const SUGGESTIONS: Suggestion[] = [
  {
    customerId: 'cust-angstroem-labs',
    customerName: 'Ångström Laboratories AB',
    reason: 'invoice_history',
  },
  {
    customerId: 'cust-papeleria-nunez',
    customerName: 'Papelería Núñez S.L.',
    reason: 'email_domain_match',
  },
  {
    customerId: 'cust-html-trading',
    customerName: '<img src=x onerror=alert(1)> Trading',
    reason: 'buyer_network',
  },
  { customerId: 'cust-dubois-fils', customerName: 'Dubois & Fils SARL', reason: 'shared_address' },
];

/** The default view: suggestions first (no date), then the requests newest first. */
export const ALL_ROWS: (ConnectionRequest | Suggestion)[] = [...SUGGESTIONS, ...ALL_REQUESTS];
