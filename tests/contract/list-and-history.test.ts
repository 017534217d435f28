import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES, type ConnectionRequest } from '../../src/contract';
import { api, failureOf } from './client';
import {
  aSuggestion,
  connectFromSuggestion,
  expectStatus,
  findRequest,
  getHistory,
  listAllRequests,
  listRequests,
  millis,
  withdraw,
} from './helpers';

const collator = new Intl.Collator('en', { sensitivity: 'base' });
const sentAtOf = (rows: ConnectionRequest[]) => rows.map((r) => millis(r.sentAt));
const isSorted = (values: number[], direction: 1 | -1) =>
  values.every((value, i) => i === 0 || direction * (value - (values[i - 1] ?? value)) >= 0);

describe('GET /api/connection-requests: the latest request per customer', () => {
  it('lists one row per customer, the latest request to it', async () => {
    const rows = await listAllRequests();
    const customers = rows.map((r) => r.customerId);
    expect(new Set(customers).size).toBe(customers.length);
    for (const row of rows) {
      const [newest] = await getHistory(row.id);
      expect(newest?.id).toBe(row.id);
    }
  });

  it('the default order is newest first (sentAt desc), page 1, pageSize 25', async () => {
    const page = await listRequests();
    expect(page).toMatchObject({ page: 1, pageSize: 25 });
    expect(isSorted(sentAtOf(page.items), -1)).toBe(true);
    const explicit = await listRequests({ sort: 'sentAt', order: 'desc' });
    expect(explicit.items).toEqual(page.items);
  });

  it('a new request comes first in the default order', async () => {
    const { customerId } = await aSuggestion();
    const sent = expectStatus(await connectFromSuggestion(customerId), 201);
    expect((await listRequests()).items[0]?.id).toBe(sent.id);
  });

  it('sort=sentAt&order=asc is oldest first', async () => {
    const rows = (await listRequests({ sort: 'sentAt', order: 'asc', pageSize: 100 })).items;
    expect(isSorted(sentAtOf(rows), 1)).toBe(true);
    const desc = (await listRequests({ sort: 'sentAt', order: 'desc', pageSize: 100 })).items;
    expect(rows.map((r) => r.id)).toEqual(desc.map((r) => r.id).reverse());
  });

  it.each(['asc', 'desc'] as const)(
    'sort=customer&order=%s orders by customer name',
    async (order) => {
      const names = (await listRequests({ sort: 'customer', order, pageSize: 100 })).items.map(
        (r) => r.customerName,
      );
      const expected = [...names].sort(
        (a, b) => (order === 'asc' ? 1 : -1) * collator.compare(a, b),
      );
      expect(names).toEqual(expected);
    },
  );

  it('sort=status groups rows by status, desc in the reverse group order of asc', async () => {
    const groupsOf = async (order: 'asc' | 'desc') => {
      const statuses = (await listRequests({ sort: 'status', order, pageSize: 100 })).items.map(
        (r) => r.status,
      );
      const groups = statuses.filter((status, i) => status !== statuses[i - 1]);
      // Each status forms one contiguous block.
      expect(new Set(groups).size).toBe(groups.length);
      return groups;
    };
    const asc = await groupsOf('asc');
    expect(asc.length).toBeGreaterThan(1);
    expect(await groupsOf('desc')).toEqual([...asc].reverse());
  });

  it.each(REQUEST_STATUSES)(
    'status=%s returns only, and every, row with that status',
    async (status) => {
      const all = await listAllRequests();
      const filtered = await listRequests({ status, pageSize: 100 });
      expect(filtered.items.length).toBeGreaterThan(0);
      expect(filtered.items.every((r) => r.status === status)).toBe(true);
      expect(filtered.total).toBe(all.filter((r) => r.status === status).length);
    },
  );

  it.each([',', 'pending,', ',expired', 'pending,,expired', 'pending, ,expired'])(
    'status=%s (an empty entry) gets 422 invalid_input naming status',
    async (status) => {
      const response = await api.get('/connection-requests', { query: { status } });
      expect(failureOf(response)).toEqual({ status: 422, code: 'invalid_input', field: 'status' });
    },
  );

  it('status accepts several statuses separated by commas', async () => {
    const all = await listAllRequests();
    const filtered = await listRequests({ status: 'expired,withdrawn', pageSize: 100 });
    expect(filtered.total).toBe(
      all.filter((r) => r.status === 'expired' || r.status === 'withdrawn').length,
    );
    expect(new Set(filtered.items.map((r) => r.status))).toEqual(new Set(['expired', 'withdrawn']));
  });

  it('q filters by customer name, case- and accent-insensitively', async () => {
    const all = await listAllRequests();
    const expected = all.filter((r) => /m[uü]ller/i.test(r.customerName)).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    for (const q of ['muller', 'MÜLLER', '  Müller ']) {
      const filtered = await listRequests({ q, pageSize: 100 });
      expect(filtered.items.map((r) => r.id).sort()).toEqual([...expected].sort());
    }
    expect((await listRequests({ q: 'zzzz-no-such-customer' })).total).toBe(0);
  });

  it('pages do not overlap and add up to total', async () => {
    const { total } = await listRequests();
    const pageSize = 5;
    const seen: string[] = [];
    for (let page = 1; (page - 1) * pageSize < total; page += 1) {
      const result = await listRequests({ page, pageSize });
      expect(result).toMatchObject({ page, pageSize, total });
      seen.push(...result.items.map((r) => r.id));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const all = await listRequests({ pageSize: 100 });
    expect(seen).toEqual(all.items.map((r) => r.id));
  });

  it('a page past the end is empty but still reports the total', async () => {
    const { total } = await listRequests();
    const beyond = await listRequests({ page: 99, pageSize: 25 });
    expect(beyond).toMatchObject({ items: [], page: 99, total });
  });

  it('pageSize above 100 is answered with 100', async () => {
    const page = await listRequests({ pageSize: 500 });
    expect(page.pageSize).toBe(100);
  });

  it.each([
    ['status', { status: 'cancelled' }],
    ['sort', { sort: 'email' }],
    ['order', { order: 'sideways' }],
    ['page', { page: 0 }],
    ['pageSize', { pageSize: 'ten' }],
    ['q', { q: 'a'.repeat(101) }],
  ])('invalid_input: a bad %s parameter gets 422 invalid_input naming it', async (field, query) => {
    expect(failureOf(await api.get('/connection-requests', { query }))).toEqual({
      status: 422,
      code: 'invalid_input',
      field,
    });
  });
});

describe('GET /api/connection-requests/{id}/history', () => {
  it('lists every request to that customer, newest first, from any of its requests', async () => {
    const row = await findRequest(
      'with earlier attempts',
      (r) => r.attempt === 3 && r.attemptsLeft === 0,
    );
    const history = await getHistory(row.id);
    expect(history.map((r) => r.attempt)).toEqual([3, 2, 1]);
    expect(history.every((r) => r.customerId === row.customerId)).toBe(true);
    expect(isSorted(sentAtOf(history), -1)).toBe(true);
    const oldest = history[2];
    if (oldest === undefined) throw new Error('history too short');
    expect(await getHistory(oldest.id)).toEqual(history);
  });

  it('a new request is added at the top of the history', async () => {
    const { customerId } = await aSuggestion();
    const first = expectStatus(await connectFromSuggestion(customerId), 201);
    const firstWithdrawn = expectStatus(await withdraw(first.id), 200);
    const second = expectStatus(await connectFromSuggestion(customerId), 201);
    expect((await getHistory(first.id)).map((r) => [r.id, r.status])).toEqual([
      [second.id, 'pending'],
      [firstWithdrawn.id, 'withdrawn'],
    ]);
  });
});
