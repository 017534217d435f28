/**
 * GET /api/connection-rows: the page's one table, requests and suggestions together (docs/product.md),
 * paged, sorted and filtered on the server. HTTP only; the other lists (/connection-requests,
 * /suggestions) are the reference for what the rows must hold.
 */
import { describe, expect, it } from 'vitest';
import {
  REQUEST_STATUSES,
  SORT_FIELDS,
  type ConnectionRow,
  type RowStatus,
  type SortOrder,
} from '../../src/contract';
import { api, failureOf } from './client';
import {
  advanceClock,
  connectFromSuggestion,
  expectStatus,
  listAllRequests,
  listAllRows,
  listRequests,
  listRows,
  listSuggestions,
  millis,
  loadScenario,
} from './helpers';

const keyOf = (row: ConnectionRow): string =>
  row.kind === 'request' ? `request:${row.request.id}` : `suggestion:${row.suggestion.customerId}`;
const customerOf = (row: ConnectionRow): string =>
  row.kind === 'request' ? row.request.customerId : row.suggestion.customerId;
const nameOf = (row: ConnectionRow): string =>
  row.kind === 'request' ? row.request.customerName : row.suggestion.customerName;
const statusOf = (row: ConnectionRow): RowStatus =>
  row.kind === 'request' ? row.request.status : 'suggested';
const requestsIn = (rows: ConnectionRow[]) =>
  rows.flatMap((row) => (row.kind === 'request' ? [row.request] : []));
const suggestionsIn = (rows: ConnectionRow[]) =>
  rows.flatMap((row) => (row.kind === 'suggestion' ? [row.suggestion] : []));

/** All suggestions, in the portal's order. */
async function allSuggestions() {
  return (await listSuggestions({ pageSize: 100 })).items;
}

const ORDERS = SORT_FIELDS.flatMap((sort) =>
  (['asc', 'desc'] as const).map((order) => [sort, order] as const),
);
const STATUS_ORDER: RowStatus[] = [
  'approved',
  'expired',
  'pending',
  'rejected',
  'suggested',
  'withdrawn',
];

describe('GET /api/connection-rows: one row per customer, requests and suggestions', () => {
  it('holds every open suggestion and every latest request, once', async () => {
    const rows = await listAllRows();
    const suggestions = await allSuggestions();
    const requests = await listAllRequests();
    expect(rows).toHaveLength(suggestions.length + requests.length);
    expect(new Set(rows.map(customerOf)).size).toBe(rows.length);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(requests.length).toBeGreaterThan(0);
  });

  it('the default order: suggestions first, in the portal order, then requests newest first', async () => {
    const page = await listRows({ pageSize: 100 });
    expect(page).toMatchObject({ page: 1, pageSize: 100 });
    const suggestions = await allSuggestions();
    const requests = await listAllRequests();
    expect(page.items.map(keyOf)).toEqual([
      ...suggestions.map((s) => `suggestion:${s.customerId}`),
      ...requests.map((r) => `request:${r.id}`),
    ]);
    const sent = requestsIn(page.items).map((r) => millis(r.sentAt));
    expect(sent).toEqual([...sent].sort((a, b) => b - a));
    expect((await listRows()).items).toEqual(
      (await listRows({ sort: 'sentAt', order: 'desc' })).items,
    );
  });

  it('the default page size is 25 and a pageSize above 100 is answered with 100', async () => {
    expect(await listRows()).toMatchObject({ page: 1, pageSize: 25 });
    expect(await listRows({ pageSize: 500 })).toMatchObject({ pageSize: 100 });
  });

  it.each(ORDERS)(
    'sort=%s&order=%s: every page size reads the same list, no row twice, none missing',
    async (sort, order) => {
      const whole = (await listAllRows({ sort, order }, 100)).map(keyOf);
      for (const pageSize of [1, 4, 7]) {
        expect((await listAllRows({ sort, order }, pageSize)).map(keyOf)).toEqual(whole);
      }
      expect(new Set(whole).size).toBe(whole.length);
    },
  );

  it('sort=customer: desc is asc read backwards', async () => {
    const asc = await listAllRows({ sort: 'customer', order: 'asc' });
    const desc = await listAllRows({ sort: 'customer', order: 'desc' });
    expect(desc.map(keyOf)).toEqual(asc.map(keyOf).reverse());
  });

  it('sort=sentAt: desc reads the requests backwards; suggestions keep the portal order', async () => {
    const asc = await listAllRows({ sort: 'sentAt', order: 'asc' });
    const desc = await listAllRows({ sort: 'sentAt', order: 'desc' });
    expect(requestsIn(desc)).toEqual(requestsIn(asc).reverse());
    expect(suggestionsIn(desc)).toEqual(suggestionsIn(asc));
  });

  it('sort=sentAt&order=asc: requests oldest first, suggestions last', async () => {
    const rows = await listAllRows({ sort: 'sentAt', order: 'asc' });
    const firstSuggestion = rows.findIndex((row) => row.kind === 'suggestion');
    expect(firstSuggestion).toBeGreaterThan(0);
    expect(rows.slice(firstSuggestion).every((row) => row.kind === 'suggestion')).toBe(true);
    expect(suggestionsIn(rows)).toEqual(await allSuggestions());
  });

  it.each(['asc', 'desc'] as SortOrder[])(
    'sort=customer&order=%s interleaves both kinds by name; requests as /connection-requests orders them',
    async (order) => {
      const rows = await listAllRows({ sort: 'customer', order });
      const kinds = rows.map((row) => row.kind);
      const switches = kinds.filter((kind, i) => i > 0 && kind !== kinds[i - 1]).length;
      expect(switches).toBeGreaterThan(2);
      const requests = await listAllRequests({ sort: 'customer', order });
      expect(requestsIn(rows).map((r) => r.id)).toEqual(requests.map((r) => r.id));
    },
  );

  it.each(['asc', 'desc'] as SortOrder[])(
    'sort=status&order=%s ranks approved, expired, pending, rejected, suggested, withdrawn; newest first within',
    async (order) => {
      const rows = await listAllRows({ sort: 'status', order });
      const ranks = rows.map((row) => STATUS_ORDER.indexOf(statusOf(row)));
      expect(ranks).toEqual([...ranks].sort((a, b) => (order === 'asc' ? a - b : b - a)));
      for (const status of REQUEST_STATUSES) {
        const sent = requestsIn(rows)
          .filter((r) => r.status === status)
          .map((r) => millis(r.sentAt));
        expect(sent).toEqual([...sent].sort((a, b) => b - a));
      }
      expect(suggestionsIn(rows)).toEqual(await allSuggestions());
    },
  );
});

describe('GET /api/connection-rows: filters on both kinds', () => {
  it('status=suggested: the suggestions only, as /suggestions lists them', async () => {
    const rows = await listAllRows({ status: 'suggested' });
    expect(rows.every((row) => row.kind === 'suggestion')).toBe(true);
    expect(suggestionsIn(rows)).toEqual(await allSuggestions());
  });

  it.each(REQUEST_STATUSES)('status=%s: the requests with that status only', async (status) => {
    const rows = await listAllRows({ status });
    expect(rows.map(keyOf)).toEqual(
      (await listAllRequests({ status })).map((r) => `request:${r.id}`),
    );
    expect(rows.every((row) => statusOf(row) === status)).toBe(true);
  });

  it('several statuses, suggested among them', async () => {
    const rows = await listAllRows({ status: 'suggested,expired,withdrawn' });
    expect(new Set(rows.map(statusOf))).toEqual(new Set(['suggested', 'expired', 'withdrawn']));
    const expected =
      (await allSuggestions()).length +
      (await listAllRequests({ status: 'expired,withdrawn' })).length;
    expect(rows).toHaveLength(expected);
  });

  it('a name filter applies to both kinds, ignoring case and accents', async () => {
    const [suggestion] = await allSuggestions();
    const [request] = await listAllRequests();
    if (suggestion === undefined || request === undefined) throw new Error('The data is empty');
    const bySuggestionName = await listAllRows({ q: suggestion.customerName.toUpperCase() });
    expect(bySuggestionName.map(keyOf)).toContain(`suggestion:${suggestion.customerId}`);
    const byRequestName = await listAllRows({ q: request.customerName });
    expect(byRequestName.map(keyOf)).toContain(`request:${request.id}`);
    const both = await listAllRows({ q: 'a' });
    expect(new Set(both.map((row) => row.kind))).toEqual(new Set(['request', 'suggestion']));
    expect(both.every((row) => /a|á|à|â|ä|å|ã|æ/i.test(nameOf(row)))).toBe(true);
  });

  it('"mueller" finds the Müller rows (R5 folding)', async () => {
    const rows = await listAllRows({ q: 'mueller' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => /m(ü|ue|u)ller/i.test(nameOf(row)))).toBe(true);
  });

  it(
    'the status is read at the server clock (R2): 30 days on, no row is pending',
    { tags: ['demo'] },
    async () => {
      expect((await listRows({ status: 'pending' })).total).toBeGreaterThan(0);
      await advanceClock(30);
      expect((await listRows({ status: 'pending' })).total).toBe(0);
    },
  );
});

describe('GET /api/connection-rows: a suggestion leaves when it is acted on', () => {
  it('a connected suggestion becomes a pending request at the top of the requests', async () => {
    const before = await listRows({ pageSize: 100 });
    const [first] = suggestionsIn(before.items);
    if (first === undefined) throw new Error('The data has no suggestion');
    const sent = expectStatus(await connectFromSuggestion(first.customerId), 201);
    const after = await listRows({ pageSize: 100 });
    expect(after.total).toBe(before.total);
    expect(suggestionsIn(after.items).map((s) => s.customerId)).not.toContain(first.customerId);
    const firstRequest = requestsIn(after.items)[0];
    expect(firstRequest).toMatchObject({ id: sent.id, status: 'pending' });
  });

  it('a dismissed suggestion is gone from the table', async () => {
    const { items, total } = await listRows({ status: 'suggested' });
    const [first] = suggestionsIn(items);
    if (first === undefined) throw new Error('The data has no suggestion');
    expect(
      (await api.post(`/suggestions/${encodeURIComponent(first.customerId)}/dismiss`)).status,
    ).toBe(204);
    const after = await listAllRows();
    expect(after.map(customerOf)).not.toContain(first.customerId);
    expect((await listRows({ status: 'suggested' })).total).toBe(total - 1);
  });
});

describe('GET /api/connection-rows: refusals', () => {
  it.each([
    ['status', 'done'],
    ['status', ','],
    ['status', 'pending,,'],
    ['status', 'suggested,'],
    ['sort', 'email'],
    ['order', 'up'],
    ['page', '0'],
    ['pageSize', 'x'],
    ['q', 'x'.repeat(101)],
  ])('%s=%s → 422 invalid_input naming it', async (name, value) => {
    expect(failureOf(await api.get('/connection-rows', { query: { [name]: value } }))).toEqual({
      status: 422,
      code: 'invalid_input',
      field: name,
    });
  });

  it.each([',', 'pending,,', ',expired'])(
    'GET /api/connection-requests?status=%s → 422 invalid_input naming status (an empty entry)',
    async (status) => {
      expect(failureOf(await api.get('/connection-requests', { query: { status } }))).toEqual({
        status: 422,
        code: 'invalid_input',
        field: 'status',
      });
    },
  );

  it('R1: a member gets 403 forbidden', { tags: ['demo'] }, async () => {
    expectStatus(await api.post('/demo/role', { role: 'member' }), 200);
    expect(failureOf(await api.get('/connection-rows'))).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
  });
});

describe(
  'GET /api/connection-rows in large-account: 10,000 requests and 500 suggestions',
  { tags: ['demo'] },
  () => {
    it('counts both, starts with the 500 suggestions and ends with the oldest request', async () => {
      await loadScenario('large-account');
      const first = await listRows({ pageSize: 100 });
      expect(first.total).toBe(10_500);
      expect(first.items.every((row) => row.kind === 'suggestion')).toBe(true);
      expect((await listRows({ status: 'suggested' })).total).toBe(500);
      const last = await listRows({ page: 105, pageSize: 100 });
      expect(last.items).toHaveLength(100);
      expect(last.items.every((row) => row.kind === 'request')).toBe(true);
      const [oldest] = (await listRows({ sort: 'sentAt', order: 'asc', pageSize: 1 })).items;
      expect(last.items.at(-1)).toEqual(oldest);
      expect((await listRows({ page: 106, pageSize: 100 })).items).toEqual([]);
    });

    it('the page across the boundary holds the last suggestions and then the newest requests', async () => {
      await loadScenario('large-account');
      // 500 suggestions / 30 a page: page 17 has suggestions 481–500 and the 10 newest requests.
      const pages = await Promise.all(
        [16, 17, 18].map(async (page) => (await listRows({ page, pageSize: 30 })).items),
      );
      const [before = [], boundary = [], after = []] = pages;
      expect(before.every((row) => row.kind === 'suggestion')).toBe(true);
      expect(boundary.map((row) => row.kind)).toEqual([
        ...Array<string>(20).fill('suggestion'),
        ...Array<string>(10).fill('request'),
      ]);
      expect(after.every((row) => row.kind === 'request')).toBe(true);
      const newest = (await listRequests({ pageSize: 40 })).items;
      expect([...requestsIn(boundary), ...requestsIn(after)].map((r) => r.id)).toEqual(
        newest.map((r) => r.id),
      );
    });

    it('every page of the default view: 10,500 rows, each customer once', async () => {
      await loadScenario('large-account');
      const rows = await listAllRows({}, 100);
      expect(rows).toHaveLength(10_500);
      expect(new Set(rows.map(customerOf)).size).toBe(10_500);
      expect(suggestionsIn(rows)).toHaveLength(500);
    });

    it.each(ORDERS)('sort=%s&order=%s: first and last pages, totals', async (sort, order) => {
      await loadScenario('large-account');
      const first = await listRows({ sort, order, pageSize: 100 });
      const last = await listRows({ sort, order, page: 105, pageSize: 100 });
      expect(first.total).toBe(10_500);
      expect(first.items).toHaveLength(100);
      expect(last.items).toHaveLength(100);
      expect(new Set([...first.items, ...last.items].map(customerOf)).size).toBe(200);
    });

    it.each([
      ['customer', 'asc', 'desc'],
      ['customer', 'desc', 'asc'],
      ['sentAt', 'desc', 'asc'],
    ] as const)(
      'sort=%s&order=%s: the last page is the first page of order=%s read backwards',
      async (sort, order, opposite) => {
        await loadScenario('large-account');
        const last = await listRows({ sort, order, page: 105, pageSize: 100 });
        const first = await listRows({ sort, order: opposite, pageSize: 100 });
        expect(last.items.map(keyOf).reverse()).toEqual(first.items.map(keyOf));
      },
    );

    it('a status filter and a name filter over the large account', async () => {
      await loadScenario('large-account');
      const pending = await listRows({ status: 'pending', pageSize: 100 });
      const requests = await listRequests({ status: 'pending', pageSize: 100 });
      expect(pending.total).toBe(requests.total);
      expect(requestsIn(pending.items)).toEqual(requests.items);
      const both = await listRows({ status: 'suggested,pending' });
      expect(both.total).toBe(pending.total + 500);
      const byName = await listAllRows({ q: 'müller' });
      expect(byName.length).toBeGreaterThan(0);
      expect(byName.every((row) => /m(ü|ue|u)ller/i.test(nameOf(row)))).toBe(true);
    });
  },
);
