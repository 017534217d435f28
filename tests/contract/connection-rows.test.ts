/**
 * GET /api/connection-rows: the page's one table, requests and suggestions together (docs/product.md),
 * paged, sorted and filtered on the server. HTTP only; the other lists (/connection-requests,
 * /suggestions) are the reference for what the rows must hold.
 */
import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES, type RowStatus, type SortOrder } from '../../src/contract';
import { listAllRequests, listAllRows, listRows, millis } from './helpers';
import {
  ORDERS,
  allSuggestions,
  customerOf,
  keyOf,
  requestsIn,
  statusOf,
  suggestionsIn,
} from './rows';

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
