import { beforeEach, describe, expect, it } from 'vitest';
import type { RowStatus } from '../../src/contract';
import { expectDomainError } from '../testing/expect-domain-error';
import { allRows, customerOf, keyOf, orders, reference, rows, statusOfRow } from '../testing/rows';
import { T0, daysAfterT0, idOf, worldFor } from '../testing/test-world';
import { createRequest } from './create';
import { parseRowsQuery } from './rows';
import { dismissSuggestion } from './suggestions';
import type { World } from './world';

let world: World;
beforeEach(() => {
  world = worldFor('default');
});

describe('the one table: requests and suggestions together', () => {
  it('by default lists the suggestions first, in the portal order, then requests newest first', () => {
    const all = allRows(world, '', 100);
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
        expect(allRows(world, `sort=${sort}&order=${order}`, pageSize).map(keyOf)).toEqual(
          expected,
        );
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
      got[query] = allRows(world, query, 4).map(keyOf);
      expected[query] = reference(world, { sort, order, ...filter });
    }
    expect(got).toEqual(expected);
  });

  it('interleaves both kinds by customer name', () => {
    const kinds = allRows(world, 'sort=customer', 100).map((row) => row.kind);
    const switches = kinds.filter((kind, index) => index > 0 && kind !== kinds[index - 1]);
    // Not one block of each kind: the kinds alternate more than once.
    expect(switches.length).toBeGreaterThan(2);
  });

  it('filters by suggested, by a status, by several, and by name on both kinds', () => {
    const suggested = allRows(world, 'status=suggested', 100);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.every((row) => row.kind === 'suggestion')).toBe(true);
    expect(allRows(world, 'status=pending', 100).map(statusOfRow)).toEqual(
      expect.arrayContaining(['pending']),
    );
    expect(new Set(allRows(world, 'status=pending', 100).map(statusOfRow))).toEqual(
      new Set(['pending']),
    );
    expect(new Set(allRows(world, 'status=suggested,rejected', 100).map(statusOfRow))).toEqual(
      new Set(['suggested', 'rejected']),
    );
    const byName = allRows(world, 'q=a', 100);
    expect(new Set(byName.map((row) => row.kind))).toEqual(new Set(['request', 'suggestion']));
  });

  it('a connected suggestion leaves the suggestion rows and comes back as a pending request', () => {
    const [first] = allRows(world, 'status=suggested', 100);
    if (first?.kind !== 'suggestion') throw new Error('no suggestion');
    const { customerId } = first.suggestion;
    const { total } = rows(world, '');
    createRequest(world, { customerId, origin: 'suggestion' }, T0);
    expect(allRows(world, 'status=suggested', 100).map(customerOf)).not.toContain(customerId);
    const pending = allRows(world, 'status=pending', 100).find(
      (row) => customerOf(row) === customerId,
    );
    expect(pending?.kind).toBe('request');
    expect(rows(world, '').total).toBe(total);
  });

  it('a dismissed suggestion is gone from the table', () => {
    const [first] = allRows(world, 'status=suggested', 100);
    if (first?.kind !== 'suggestion') throw new Error('no suggestion');
    const { total } = rows(world, '');
    dismissSuggestion(world, first.suggestion.customerId);
    expect(allRows(world, '', 100).map(customerOf)).not.toContain(first.suggestion.customerId);
    expect(rows(world, '').total).toBe(total - 1);
  });

  it('computes the status at read time against the clock (R2)', () => {
    const id = idOf('societeGenerale');
    const customersWith = (status: RowStatus, now: number) =>
      allRows(world, `status=${status}`, 100, now).map(customerOf);
    expect(customersWith('pending', T0)).toContain(id);
    expect(customersWith('expired', daysAfterT0(1))).toContain(id);
    expect(customersWith('pending', daysAfterT0(1))).not.toContain(id);
  });

  it('answers a pageSize above 100 with 100 and a page past the end with no rows', () => {
    expect(rows(world, 'pageSize=500')).toMatchObject({ pageSize: 100 });
    const { total } = rows(world, '');
    expect(rows(world, `page=${total + 1}&pageSize=1`)).toMatchObject({ items: [], total });
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
