import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { FIRST_ORDER, type FloorRow, type FloorRowPage, type FloorSortField } from './rows';

/** As many rows as the app's large-account scenario has requests. */
const ROW_COUNT = 10_000;
const PAGE_SIZE_LIMIT = 100;
const HOUR_MS = 3_600_000;
const ANCHOR = Date.UTC(2026, 10, 1);
const SURNAMES = ['Becker', 'Dubois', 'Jansen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak'];
const SURNAMES_2 = ['Nilsen', 'Rossi', 'Schmidt', 'Svensson', 'Varga', 'Weber', 'Zimmermann'];
const TRADES = ['Metallbau', 'Logistik', 'Systems', 'Trading', 'Components', 'Handel', 'Services'];
const LEGAL_FORMS = ['GmbH', 'AG', 'S.A.', 'Ltd', 'Inc.', 'B.V.', 'AB', 'Oy', 'Kft.'];

/** The seeded PRNG the app's mock uses (mulberry32): the same rows on every load. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One year, over which the rows' dates spread, newest first. */
const SPACING_MS = (365 * 24 * HOUR_MS) / ROW_COUNT;

/**
 * The row at `index` of the newest-first order, drawn from its own seed, so that a page of the
 * default order is made without the other 9,975: the statuses in the large-account scenario's
 * mix (30 % pending, then approved, rejected, withdrawn and expired), half of the requests from
 * a search (with an email), some rejections with a comment.
 */
function makeRow(index: number): FloorRow {
  const next = prng(4242 + index * 7919);
  const pick = (items: readonly string[]) => items[Math.floor(next() * items.length)] ?? '';
  const roll = next();
  const status =
    roll < 0.3
      ? 'pending'
      : roll < 0.55
        ? 'approved'
        : roll < 0.65
          ? 'rejected'
          : roll < 0.8
            ? 'withdrawn'
            : 'expired';
  const number = String(index + 1).padStart(5, '0');
  const name =
    index % 3 === 2
      ? `${pick(SURNAMES)} & ${pick(SURNAMES_2)} ${pick(TRADES)} ${pick(LEGAL_FORMS)}`
      : `${pick(index % 3 === 0 ? SURNAMES : SURNAMES_2)} ${pick(TRADES)} ${pick(LEGAL_FORMS)}`;
  return {
    id: `req-f${number}`,
    customerId: `cust-f${number}`,
    customerName: name,
    status,
    contactEmail: next() < 0.5 ? `purchasing+cust-f${number}@example.com` : null,
    sentAt: new Date(ANCHOR - (index + next()) * SPACING_MS).toISOString(),
    comment: status === 'rejected' && next() < 0.5 ? 'Please ask us for an invitation.' : null,
  };
}

const made: FloorRow[] = [];
const rowAt = (index: number): FloorRow => (made[index] ??= makeRow(index));

/**
 * Each sort's rows in its first order. Newest first is the rows' own order; the others are
 * sorted once, when first asked for (the app's mock keeps sorted views too).
 */
const sorted: Partial<Record<FloorSortField, FloorRow[]>> = {};

function viewOf(sort: FloorSortField): (position: number) => FloorRow | undefined {
  if (sort === 'sentAt') return (position) => (position < ROW_COUNT ? rowAt(position) : undefined);
  let view = sorted[sort];
  if (view === undefined) {
    const all = Array.from({ length: ROW_COUNT }, (_, index) => rowAt(index));
    view =
      sort === 'customer'
        ? all.sort((a, b) =>
            a.customerName < b.customerName ? -1 : a.customerName > b.customerName ? 1 : 0,
          )
        : // Stable: newest first within a status.
          all.sort((a, b) => (a.status < b.status ? -1 : a.status > b.status ? 1 : 0));
    sorted[sort] = view;
  }
  return (position) => view[position];
}

function listRows(params: URLSearchParams): FloorRowPage {
  const sortParam = params.get('sort');
  const sort: FloorSortField =
    sortParam === 'customer' || sortParam === 'status' ? sortParam : 'sentAt';
  const order = params.get('order') === 'asc' ? 'asc' : 'desc';
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const pageSize = Math.min(
    PAGE_SIZE_LIMIT,
    Math.max(1, Number(params.get('pageSize') ?? 25) || 25),
  );
  const view = viewOf(sort);
  const reversed = order !== FIRST_ORDER[sort];
  const start = (page - 1) * pageSize;
  const items: FloorRow[] = [];
  for (let at = start; at < Math.min(ROW_COUNT, start + pageSize); at += 1) {
    const row = view(reversed ? ROW_COUNT - 1 - at : at);
    if (row !== undefined) items.push(row);
  }
  return { items, total: ROW_COUNT, page, pageSize };
}

/** The floor's whole mock backend: one handler paging and sorting the 10,000 rows. */
export async function startFloorMock(): Promise<void> {
  const worker = setupWorker(
    http.get('/api/connection-rows', ({ request }) =>
      HttpResponse.json(listRows(new URL(request.url).searchParams)),
    ),
  );
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}
