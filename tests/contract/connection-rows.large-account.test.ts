/** GET /api/connection-rows over the large account (connection-rows.test.ts: the rules). */
import { describe, expect, it } from 'vitest';
import { listAllRows, listRequests, listRows, loadScenario } from './helpers';
import { ORDERS, customerOf, keyOf, nameOf, requestsIn, suggestionsIn } from './rows';

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
