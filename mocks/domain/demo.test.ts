import { describe, expect, it } from 'vitest';
import { MAX_LATENCY_MS } from '../../src/contract';
import { expectDomainError } from '../testing/expect-domain-error';
import { T0, daysAfterT0, worldFor } from '../testing/test-world';
import {
  demoState,
  faultStrikes,
  parseScenarioName,
  resetSearches,
  setClock,
  setFaults,
  setRole,
  spendSearches,
} from './demo';
import { listRequests } from './request-list';
import { respondToRequest } from './respond';
import { parseListQuery } from './table-query';
import type { World } from './world';

describe('demo state', () => {
  it('reports scenario, clock, role, faults, searches and whether a merge is left', () => {
    const world = worldFor('default');
    spendSearches(world, 2);
    expect(demoState(world, T0)).toMatchObject({
      scenario: 'default',
      serverTime: new Date(T0).toISOString(),
      clockOffsetDays: 0,
      role: 'admin',
      faults: { latencyMs: 0, failureRate: 0 },
      searchesRemaining: 3,
      mergeAvailable: true,
    });
    expect(demoState(worldFor('member'), T0).role).toBe('member');
    expect(demoState(worldFor('large-account'), T0).mergeAvailable).toBe(false);
  });
});

describe('demo changes', () => {
  it('set the faults within their ranges', () => {
    const world = worldFor('default');
    setFaults(world, { latencyMs: MAX_LATENCY_MS, failureRate: 1 });
    expect(demoState(world, T0).faults).toEqual({ latencyMs: MAX_LATENCY_MS, failureRate: 1 });
    setFaults(world, { latencyMs: 0, failureRate: 0.25 });
    expect(demoState(world, T0).faults).toEqual({ latencyMs: 0, failureRate: 0.25 });
  });

  it.each([
    [{ latencyMs: -1, failureRate: 0 }, 'latencyMs'],
    [{ latencyMs: MAX_LATENCY_MS + 1, failureRate: 0 }, 'latencyMs'],
    [{ latencyMs: 1.5, failureRate: 0 }, 'latencyMs'],
    [{ latencyMs: 0, failureRate: 1.01 }, 'failureRate'],
    [{ latencyMs: 0, failureRate: '1' }, 'failureRate'],
  ])('refuse faults %j on %s and keep the ones set', (body, field) => {
    const world = worldFor('default');
    setFaults(world, { latencyMs: 10, failureRate: 0.5 });
    expectDomainError(
      () => {
        setFaults(world, body);
      },
      'invalid_input',
      field,
    );
    expect(demoState(world, T0).faults).toEqual({ latencyMs: 10, failureRate: 0.5 });
  });

  it('switch the role, and refuse an unknown one', () => {
    const world = worldFor('default');
    setRole(world, { role: 'member' });
    expect(demoState(world, T0).role).toBe('member');
    expectDomainError(
      () => {
        setRole(world, { role: 'owner' });
      },
      'invalid_input',
      'role',
    );
    expect(demoState(world, T0).role).toBe('member');
  });

  it('move the clock by whole days and refuse a day past its limit', () => {
    const world = worldFor('default');
    setClock(world, { advanceDays: 7 });
    expect(demoState(world, T0).clockOffsetDays).toBe(7);
    expectDomainError(
      () => {
        setClock(world, { advanceDays: 0 });
      },
      'invalid_input',
      'advanceDays',
    );
    expect(demoState(world, T0).clockOffsetDays).toBe(7);
  });

  it('give the five searches back (support), and spend them for tests within 0–5', () => {
    const world = worldFor('default');
    spendSearches(world, 5);
    expect(demoState(world, T0).searchesRemaining).toBe(0);
    resetSearches(world);
    expect(demoState(world, T0).searchesRemaining).toBe(5);
    expectDomainError(() => {
      spendSearches(world, 6);
    }, 'invalid_input');
  });

  it('a failure rate of 1 always strikes, 0 never', () => {
    const rolls = [0, 0.5, 0.999999];
    expect(rolls.every((roll) => faultStrikes({ latencyMs: 0, failureRate: 1 }, roll))).toBe(true);
    expect(rolls.some((roll) => faultStrikes({ latencyMs: 0, failureRate: 0 }, roll))).toBe(false);
  });

  it('validate scenario names', () => {
    expect(parseScenarioName({ name: 'large-account' })).toBe('large-account');
    expectDomainError(() => parseScenarioName({ name: 'huge' }), 'invalid_input', 'name');
  });
});

describe('the demo state\'s pending requests ("act as the customer")', () => {
  /** Every pending request as the list reports it, newest first. */
  function pendingInList(world: World, now: number) {
    const query = parseListQuery(new URLSearchParams('status=pending&pageSize=100'));
    const all = [];
    for (let page = 1; ; page += 1) {
      const { items, total } = listRequests(world, { ...query, page }, now);
      all.push(...items);
      if (items.length === 0 || all.length >= total) return all;
    }
  }

  it('lists every pending request newest first, with the total', () => {
    const world = worldFor('default');
    const { items, total } = demoState(world, T0).pending;
    const expected = pendingInList(world, T0);
    expect(total).toBe(expected.length);
    expect(items).toEqual(expected);
    expect(items.length).toBeGreaterThan(1);
  });

  it('keeps the newest 100 in large-account and counts them all', () => {
    const world = worldFor('large-account');
    const { items, total } = demoState(world, T0).pending;
    const expected = pendingInList(world, T0);
    expect(total).toBe(expected.length);
    expect(total).toBeGreaterThan(100);
    expect(items).toEqual(expected.slice(0, 100));
  });

  it('follows the clock (R2) and the answers', () => {
    const world = worldFor('default');
    const before = demoState(world, T0).pending;
    const [first] = before.items;
    if (!first) throw new Error('no pending request');
    respondToRequest(world, { requestId: first.id, decision: 'approve' }, T0);
    const after = demoState(world, T0).pending;
    expect(after.items.map((r) => r.id)).not.toContain(first.id);
    expect(after.total).toBe(before.total - 1);
    expect(demoState(world, daysAfterT0(31)).pending).toEqual({ items: [], total: 0 });
  });
});
