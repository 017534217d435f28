import { beforeEach, describe, expect, it } from 'vitest';
import {
  ROW_STATUSES,
  SORT_FIELDS,
  type ConnectionRow,
  type RowStatus,
  type SortField,
  type SortOrder,
} from '../../src/contract';
import { T0, daysAfterT0, idOf, worldFor } from '../data/test-world';
import { dismissSuggestion } from '../domain/suggestions';
import { createRequest, statusOf } from './requests';
import { listRows, parseRowsQuery } from './rows';
import { searchForm } from './normalize';
import { expectDomainError } from './test-expect';
import type { World } from './world';

let world: World;
beforeEach(() => {
  world = worldFor('default');
});

function rows(query: string, now = T0, on = world) {
  return listRows(on, parseRowsQuery(new URLSearchParams(query)), now);
}

/** Every row of a query, read page by page. */
function allRows(query: string, pageSize: number, now = T0, on = world): ConnectionRow[] {
  const result: ConnectionRow[] = [];
  for (let page = 1; ; page += 1) {
    const { items, total } = rows(`${query}&page=${page}&pageSize=${pageSize}`, now, on);
    result.push(...items);
    if (items.length === 0 || result.length >= total) return result;
  }
}

const keyOf = (row: ConnectionRow): string =>
  row.kind === 'request' ? `r:${row.request.id}` : `s:${row.suggestion.customerId}`;
const customerOf = (row: ConnectionRow): string =>
  row.kind === 'request' ? row.request.customerId : row.suggestion.customerId;
const statusOfRow = (row: ConnectionRow): RowStatus =>
  row.kind === 'request' ? row.request.status : 'suggested';

/**
 * The contract's order, written the naive way (build every row, sort with a comparator), to
 * hold the paged, merged implementation against.
 */
function reference(
  on: World,
  {
    sort,
    order,
    statuses,
    q,
  }: { sort: SortField; order: SortOrder; statuses?: RowStatus[]; q?: string },
  now = T0,
): string[] {
  const needle = q === undefined ? null : searchForm(q);
  const nameOf = (customerId: string) => on.customer(customerId)?.normalizedName ?? '';
  const keep = (customerId: string, status: RowStatus) =>
    (statuses === undefined || statuses.includes(status)) &&
    (needle === null || (on.customer(customerId)?.searchName ?? '').includes(needle));
  const requests = [...on.catalogue.customers]
    .flatMap((c) => on.latestTo(c.id) ?? [])
    .filter((r) => keep(r.customerId, statusOf(r, now)));
  const suggestions = on.suggestions.filter(
    (s) =>
      !on.dismissed.has(s.customerId) &&
      !on.hasRequestsTo(s.customerId) &&
      keep(s.customerId, 'suggested'),
  );
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const newestFirst = [...requests].sort(
    (a, b) => b.sentAt - a.sentAt || byId(b.customerId, a.customerId),
  );
  const requestKeys = (list: typeof requests) => list.map((r) => `r:${r.id}`);
  const suggestionKeys = suggestions.map((s) => `s:${s.customerId}`);
  if (sort === 'sentAt') {
    return order === 'desc'
      ? [...suggestionKeys, ...requestKeys(newestFirst)]
      : [...requestKeys([...newestFirst].reverse()), ...suggestionKeys];
  }
  if (sort === 'customer') {
    const named = [
      ...requests.map((r) => ({ key: `r:${r.id}`, customerId: r.customerId })),
      ...suggestions.map((s) => ({ key: `s:${s.customerId}`, customerId: s.customerId })),
    ].sort(
      (a, b) =>
        byId(nameOf(a.customerId), nameOf(b.customerId)) || byId(a.customerId, b.customerId),
    );
    const keys = named.map((n) => n.key);
    return order === 'desc' ? keys.reverse() : keys;
  }
  const statusOrder = [...ROW_STATUSES].sort();
  if (order === 'desc') statusOrder.reverse();
  return statusOrder.flatMap((status) =>
    status === 'suggested'
      ? suggestionKeys
      : requestKeys(newestFirst.filter((r) => statusOf(r, now) === status)),
  );
}

const orders: [SortField, SortOrder][] = SORT_FIELDS.flatMap((sort) =>
  (['asc', 'desc'] as const).map((order): [SortField, SortOrder] => [sort, order]),
);

describe('the one table: requests and suggestions together', () => {
  it('by default lists the suggestions first, in the portal order, then requests newest first', () => {
    const all = allRows('', 100);
    const kinds = all.map((row) => row.kind);
    const firstRequest = kinds.indexOf('request');
    expect(firstRequest).toBeGreaterThan(0);
    expect(kinds.slice(firstRequest)).not.toContain('suggestion');
    const suggested = all.slice(0, firstRequest).map(customerOf);
    expect(suggested).toEqual(
      world.suggestions.map((s) => s.customerId).filter((id) => suggested.includes(id)),
    );
    const sent = all.flatMap((row) =>
      row.kind === 'request' ? [Date.parse(row.request.sentAt)] : [],
    );
    expect(sent).toEqual([...sent].sort((a, b) => b - a));
    expect(new Set(all.map(customerOf)).size).toBe(all.length);
  });

  it.each(orders)(
    'sort=%s&order=%s pages exactly like the contract orders the whole list',
    (sort, order) => {
      const expected = reference(world, { sort, order });
      for (const pageSize of [1, 3, 7, 100]) {
        expect(allRows(`sort=${sort}&order=${order}`, pageSize).map(keyOf)).toEqual(expected);
      }
    },
  );

  it.each(orders)('sort=%s&order=%s with filters matches the contract too', (sort, order) => {
    const cases: { statuses?: RowStatus[]; q?: string }[] = [
      { statuses: ['suggested'] },
      { statuses: ['pending'] },
      { statuses: ['suggested', 'expired', 'withdrawn'] },
      { q: 'gmbh' },
      { q: 'mueller' },
      { statuses: ['suggested', 'approved'], q: 'a' },
    ];
    const got: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (const filter of cases) {
      const query = [
        `sort=${sort}&order=${order}`,
        filter.statuses ? `status=${filter.statuses.join(',')}` : '',
        filter.q ? `q=${encodeURIComponent(filter.q)}` : '',
      ].join('&');
      got[query] = allRows(query, 4).map(keyOf);
      expected[query] = reference(world, { sort, order, ...filter });
    }
    expect(got).toEqual(expected);
  });

  it('interleaves both kinds by customer name', () => {
    const kinds = allRows('sort=customer', 100).map((row) => row.kind);
    const switches = kinds.filter((kind, index) => index > 0 && kind !== kinds[index - 1]);
    // Not one block of each kind: the kinds alternate more than once.
    expect(switches.length).toBeGreaterThan(2);
  });

  it('filters by suggested, by a status, by several, and by name on both kinds', () => {
    const suggested = allRows('status=suggested', 100);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.every((row) => row.kind === 'suggestion')).toBe(true);
    expect(allRows('status=pending', 100).map(statusOfRow)).toEqual(
      expect.arrayContaining(['pending']),
    );
    expect(new Set(allRows('status=pending', 100).map(statusOfRow))).toEqual(new Set(['pending']));
    expect(new Set(allRows('status=suggested,rejected', 100).map(statusOfRow))).toEqual(
      new Set(['suggested', 'rejected']),
    );
    const byName = allRows('q=a', 100);
    expect(new Set(byName.map((row) => row.kind))).toEqual(new Set(['request', 'suggestion']));
  });

  it('a connected suggestion leaves the suggestion rows and comes back as a pending request', () => {
    const [first] = allRows('status=suggested', 100);
    if (first?.kind !== 'suggestion') throw new Error('no suggestion');
    const { customerId } = first.suggestion;
    const { total } = rows('');
    createRequest(world, { customerId, origin: 'suggestion' }, T0);
    expect(allRows('status=suggested', 100).map(customerOf)).not.toContain(customerId);
    const pending = allRows('status=pending', 100).find((row) => customerOf(row) === customerId);
    expect(pending?.kind).toBe('request');
    expect(rows('').total).toBe(total);
  });

  it('a dismissed suggestion is gone from the table', () => {
    const [first] = allRows('status=suggested', 100);
    if (first?.kind !== 'suggestion') throw new Error('no suggestion');
    const { total } = rows('');
    dismissSuggestion(world, first.suggestion.customerId);
    expect(allRows('', 100).map(customerOf)).not.toContain(first.suggestion.customerId);
    expect(rows('').total).toBe(total - 1);
  });

  it('computes the status at read time against the clock (R2)', () => {
    const id = idOf('societeGenerale');
    const customersWith = (status: RowStatus, now: number) =>
      allRows(`status=${status}`, 100, now).map(customerOf);
    expect(customersWith('pending', T0)).toContain(id);
    expect(customersWith('expired', daysAfterT0(1))).toContain(id);
    expect(customersWith('pending', daysAfterT0(1))).not.toContain(id);
  });

  it('answers a pageSize above 100 with 100 and a page past the end with no rows', () => {
    expect(rows('pageSize=500')).toMatchObject({ pageSize: 100 });
    const { total } = rows('');
    expect(rows(`page=${total + 1}&pageSize=1`)).toMatchObject({ items: [], total });
  });

  it.each([
    ['status=done', 'status'],
    ['status=,', 'status'],
    ['status=pending,,', 'status'],
    ['status=suggested,', 'status'],
    ['sort=email', 'sort'],
    ['order=up', 'order'],
    ['page=0', 'page'],
    ['pageSize=x', 'pageSize'],
    [`q=${'x'.repeat(101)}`, 'q'],
  ])('%s → 422 invalid_input on %s', (query, field) => {
    expectDomainError(() => parseRowsQuery(new URLSearchParams(query)), 'invalid_input', field);
  });
});

describe('large-account: 10,000 requests and 500 suggestions as one list', () => {
  const large = worldFor('large-account');

  it('counts both kinds and starts with the suggestions', () => {
    const first = rows('pageSize=100', T0, large);
    expect(first.total).toBe(10_500);
    expect(first.items.every((row) => row.kind === 'suggestion')).toBe(true);
    expect(rows('pageSize=100&page=105', T0, large).items.every((r) => r.kind === 'request')).toBe(
      true,
    );
    expect(rows('status=suggested', T0, large).total).toBe(500);
  });

  it.each(orders)(
    'sort=%s&order=%s: first, last and boundary pages match the contract',
    (sort, order) => {
      const expected = reference(large, { sort, order });
      const pageSize = 30;
      const lastPage = Math.ceil(expected.length / pageSize);
      // 500 / 30: page 17 holds the last 20 suggestions and the first 10 requests (sentAt desc).
      for (const page of [1, 16, 17, 18, lastPage - 1, lastPage]) {
        const got = rows(
          `sort=${sort}&order=${order}&page=${page}&pageSize=${pageSize}`,
          T0,
          large,
        );
        expect(got.items.map(keyOf)).toEqual(
          expected.slice((page - 1) * pageSize, page * pageSize),
        );
      }
    },
  );

  it('pages across the boundary with no row twice and none missing', () => {
    const around = [16, 17, 18].flatMap((page) =>
      rows(`page=${page}&pageSize=30`, T0, large).items.map(keyOf),
    );
    expect(around).toHaveLength(90);
    expect(new Set(around).size).toBe(90);
    expect(around.slice(0, 30).every((key) => key.startsWith('s:'))).toBe(true);
    expect(around.slice(60).every((key) => key.startsWith('r:'))).toBe(true);
  });
});
