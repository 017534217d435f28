import { beforeEach, describe, expect, it } from 'vitest';
import { NAMED } from '../data/catalogue';
import { expectDomainError } from '../testing/expect-domain-error';
import { fromSuggestion, latestOf, listed } from '../testing/requests';
import { T0, daysAfterT0, idOf, worldFor } from '../testing/test-world';
import { createRequest } from './create';
import { mergeDuplicateAccount } from './merge';
import { normalizeName } from './normalize';
import { listRequests } from './request-list';
import { withdrawRequest } from './requests';
import { respondToRequest } from './respond';
import { parseListQuery } from './table-query';
import type { World } from './world';

let world: World;
beforeEach(() => {
  world = worldFor('default');
});

describe('R2 in the list', () => {
  it('the 29-day-old request is pending, and expired one day later', () => {
    const id = idOf('societeGenerale');
    expect(latestOf(world, id)?.status).toBe('pending');
    expect(latestOf(world, id, daysAfterT0(1))?.status).toBe('expired');
  });
});

describe('list', () => {
  it('has one row per customer (the latest request), newest first by default', () => {
    const page = listed(world, '');
    const ids = page.items.map((r) => r.customerId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page.total).toBe(12);
    const sent = page.items.map((r) => Date.parse(r.sentAt));
    expect(sent).toEqual([...sent].sort((a, b) => b - a));
    expect(page.items.find((r) => r.customerId === idOf('celik'))?.attempt).toBe(3);
    expect(page.serverTime).toBe(new Date(T0).toISOString());
  });

  it.each([',', 'pending,', ',pending', 'pending,,expired', 'pending, ,expired'])(
    'refuses the status list %j: an empty entry is invalid_input on status',
    (status) => {
      expectDomainError(
        () => parseListQuery(new URLSearchParams({ status })),
        'invalid_input',
        'status',
      );
    },
  );

  it('filters by several statuses and by an accent-insensitive name', () => {
    const statuses = listed(world, 'status=expired,withdrawn&pageSize=100').items.map(
      (r) => r.status,
    );
    expect(new Set(statuses)).toEqual(new Set(['expired', 'withdrawn']));
    expect(listed(world, 'q=muller').items.map((r) => r.customerName)).toEqual(
      expect.arrayContaining([NAMED.muellerLogistik.name, NAMED.muellerLuedenscheidt.name]),
    );
    expect(listed(world, 'q=ZURCHER').items.map((r) => r.customerId)).toEqual([idOf('zuercher')]);
  });

  it('sorts by customer and by status, both ways', () => {
    const names = listed(world, 'sort=customer&pageSize=100').items.map((r) => r.customerName);
    const desc = listed(world, 'sort=customer&order=desc&pageSize=100').items.map(
      (r) => r.customerName,
    );
    expect(desc).toEqual([...names].reverse());
    const statuses = listed(world, 'sort=status&pageSize=100').items.map((r) => r.status);
    expect(statuses).toEqual([...statuses].sort());
    const statusesDesc = listed(world, 'sort=status&order=desc&pageSize=100').items.map(
      (r) => r.status,
    );
    expect(statusesDesc).toEqual([...statuses].sort().reverse());
  });

  it('pages from 1 and answers a pageSize above 100 with 100', () => {
    const first = listed(world, 'pageSize=5&page=1');
    const third = listed(world, 'pageSize=5&page=3');
    expect(first.items).toHaveLength(5);
    expect(third.items).toHaveLength(2);
    expect(listed(world, 'page=9').items).toEqual([]);
    expect(listed(world, 'pageSize=500').pageSize).toBe(100);
  });

  it.each([
    ['status=done', 'status'],
    ['sort=email', 'sort'],
    ['order=up', 'order'],
    ['page=0', 'page'],
    ['page=x', 'page'],
    ['pageSize=-1', 'pageSize'],
    [`q=${'x'.repeat(101)}`, 'q'],
  ])('%s → 422 invalid_input on %s', (query, field) => {
    expectDomainError(() => parseListQuery(new URLSearchParams(query)), 'invalid_input', field);
  });

  it('pages across status buckets exactly like the whole list', () => {
    const whole = listed(world, 'sort=status&pageSize=100').items.map((r) => r.id);
    const paged = [1, 2, 3].flatMap((n) =>
      listed(world, `sort=status&pageSize=5&page=${n}`).items.map((r) => r.id),
    );
    expect(paged).toEqual(whole);
  });

  it('keeps its orderings right after creates, withdrawals and a merge', () => {
    createRequest(world, fromSuggestion(idOf('angstroem')), T0 + 1);
    createRequest(world, fromSuggestion(idOf('dubois')), T0 + 2);
    const pending = latestOf(world, idOf('nordwind'));
    if (!pending) throw new Error('seed');
    withdrawRequest(world, pending.id, T0 + 3);
    createRequest(world, fromSuggestion(idOf('nordwind')), T0 + 4);
    mergeDuplicateAccount(world, T0 + 5);
    const bySent = listed(world, 'pageSize=100').items;
    expect(bySent[0]?.customerId).toBe(idOf('nordwind'));
    const sent = bySent.map((r) => Date.parse(r.sentAt));
    expect(sent).toEqual([...sent].sort((a, b) => b - a));
    const byName = listed(world, 'sort=customer&pageSize=100').items.map((r) =>
      normalizeName(r.customerName),
    );
    expect(byName).toEqual([...byName].sort());
    expect(new Set(bySent.map((r) => r.customerId)).size).toBe(bySent.length);
    expect(listed(world, 'status=pending&pageSize=100').items.map((r) => r.customerId)).toContain(
      idOf('angstroem'),
    );
  });
});

describe('large-account', () => {
  it('has 10,000 requests to 10,000 distinct customers', () => {
    const large = worldFor('large-account');
    const page = listRequests(large, parseListQuery(new URLSearchParams('pageSize=100')), T0);
    expect(page.total).toBe(10_000);
    expect(new Set([...large.allRequests()].map((r) => r.customerId)).size).toBe(10_000);
  });
});

describe('respondedAfter: requests answered strictly after an instant', () => {
  const iso = (ms: number) => new Date(ms).toISOString();

  function answerNewestPending(on: World, now: number, decision: 'approve' | 'reject') {
    const [pending] = listRequests(
      on,
      parseListQuery(new URLSearchParams('status=pending')),
      now,
    ).items;
    if (!pending) throw new Error('no pending request');
    return respondToRequest(on, { requestId: pending.id, decision }, now);
  }

  it('finds only the answers given after the instant, not at it (exclusive)', () => {
    const answeredAt = T0 + 60_000;
    const approved = answerNewestPending(world, answeredAt, 'approve');
    const rejected = answerNewestPending(world, answeredAt + 1, 'reject');
    const since = (ms: number) => listed(world, `respondedAfter=${iso(ms)}`, answeredAt + 2).items;
    expect(since(T0).map((r) => r.id)).toHaveLength(2);
    expect(since(T0).map((r) => r.id)).toEqual(expect.arrayContaining([rejected.id, approved.id]));
    expect(since(answeredAt).map((r) => r.id)).toEqual([rejected.id]);
    expect(since(answeredAt + 1)).toEqual([]);
  });

  it('without the filter and with an empty value, answers of any time are listed', () => {
    const answered = listed(world, 'status=approved,rejected&pageSize=100').total;
    expect(answered).toBeGreaterThan(0);
    expect(listed(world, 'respondedAfter=1970-01-01T00:00:00Z&pageSize=100').total).toBe(answered);
    expect(listed(world, 'respondedAfter=&pageSize=100').total).toBe(
      listed(world, 'pageSize=100').total,
    );
  });

  it('combines with the other filters, sorting and paging', () => {
    answerNewestPending(world, T0 + 1, 'approve');
    answerNewestPending(world, T0 + 2, 'reject');
    const after = `respondedAfter=${iso(T0)}`;
    expect(listed(world, `${after}&status=rejected`).items.map((r) => r.status)).toEqual([
      'rejected',
    ]);
    expect(listed(world, `${after}&sort=status`).items.map((r) => r.status)).toEqual([
      'approved',
      'rejected',
    ]);
    expect(listed(world, `${after}&pageSize=1&page=2`)).toMatchObject({ total: 2, items: [{}] });
  });

  it('accepts offsets and fractions of a second', () => {
    answerNewestPending(world, T0 + 1000, 'approve');
    expect(
      listed(world, `respondedAfter=${encodeURIComponent('2026-01-15T13:00:00.500+01:00')}`).total,
    ).toBe(1);
  });

  it('large-account: an answer given now is found although thousands were sent after it', () => {
    const large = worldFor('large-account');
    const oldestPending = listRequests(
      large,
      parseListQuery(new URLSearchParams('status=pending&sort=sentAt&order=asc&pageSize=1')),
      T0,
    ).items[0];
    if (!oldestPending) throw new Error('no pending request');
    const sentAfter = listRequests(large, parseListQuery(new URLSearchParams('pageSize=1')), T0);
    expect(sentAfter.total).toBeGreaterThan(1000);
    respondToRequest(large, { requestId: oldestPending.id, decision: 'approve' }, T0 + 5);
    const since = listRequests(
      large,
      parseListQuery(new URLSearchParams(`respondedAfter=${iso(T0)}`)),
      T0 + 10,
    );
    expect(since).toMatchObject({
      total: 1,
      items: [{ id: oldestPending.id, status: 'approved' }],
    });
  });

  it.each([
    'yesterday',
    '2026-01-15',
    '2026-01-15T12:00:00',
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-15T24:00:00Z',
    '2026-01-15T12:00:00+25:00',
    '1736942400000',
  ])('respondedAfter=%s → 422 invalid_input on respondedAfter', (value) => {
    expectDomainError(
      () => parseListQuery(new URLSearchParams({ respondedAfter: value })),
      'invalid_input',
      'respondedAfter',
    );
  });
});
