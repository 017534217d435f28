import { describe, expect, it } from 'vitest';
import { T0, daysAfterT0, worldFor } from '../data/test-world';
import {
  demoState,
  faultStrikes,
  parseFaults,
  parseRole,
  parseScenarioName,
  pendingRequests,
} from './demo';
import { respondToRequest } from './respond';
import { listRequests, parseListQuery } from './requests';
import { expectDomainError } from './test-expect';

describe('demo controls', () => {
  it('reports the demo state', () => {
    const world = worldFor('default');
    world.searchesUsed = 2;
    expect(demoState(world, T0)).toEqual({
      scenario: 'default',
      serverTime: new Date(T0).toISOString(),
      clockOffsetDays: 0,
      role: 'admin',
      faults: { latencyMs: 0, failureRate: 0 },
      searchesRemaining: 3,
      mergeAvailable: true,
      pending: pendingRequests(world, T0),
    });
    expect(demoState(worldFor('member'), T0).role).toBe('member');
    expect(demoState(worldFor('large-account'), T0).mergeAvailable).toBe(false);
  });

  it('parses faults within their ranges', () => {
    expect(parseFaults({ latencyMs: 30_000, failureRate: 1 })).toEqual({
      latencyMs: 30_000,
      failureRate: 1,
    });
    expect(parseFaults({ latencyMs: 0, failureRate: 0.25 })).toEqual({
      latencyMs: 0,
      failureRate: 0.25,
    });
  });

  it.each([
    [{ latencyMs: -1, failureRate: 0 }, 'latencyMs'],
    [{ latencyMs: 30_001, failureRate: 0 }, 'latencyMs'],
    [{ latencyMs: 1.5, failureRate: 0 }, 'latencyMs'],
    [{ latencyMs: 0, failureRate: 1.01 }, 'failureRate'],
    [{ latencyMs: 0, failureRate: '1' }, 'failureRate'],
  ])('refuses faults %j on %s', (body, field) => {
    expectDomainError(() => parseFaults(body), 'invalid_input', field);
  });

  it('a failure rate of 1 always strikes, 0 never', () => {
    const rolls = [0, 0.5, 0.999999];
    expect(rolls.every((roll) => faultStrikes({ latencyMs: 0, failureRate: 1 }, roll))).toBe(true);
    expect(rolls.some((roll) => faultStrikes({ latencyMs: 0, failureRate: 0 }, roll))).toBe(false);
  });

  it('validates scenario names and roles', () => {
    expect(parseScenarioName({ name: 'large-account' })).toBe('large-account');
    expect(parseRole({ role: 'member' })).toBe('member');
    expectDomainError(() => parseScenarioName({ name: 'huge' }), 'invalid_input', 'name');
    expectDomainError(() => parseRole({ role: 'owner' }), 'invalid_input', 'role');
  });
});

describe('the demo state\'s pending requests ("act as the customer")', () => {
  /** Every pending request as the list reports it, newest first. */
  function pendingInList(world: ReturnType<typeof worldFor>, now: number) {
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
    const { items, total } = pendingRequests(world, T0);
    const expected = pendingInList(world, T0);
    expect(total).toBe(expected.length);
    expect(items).toEqual(expected);
    expect(items.length).toBeGreaterThan(1);
  });

  it('keeps the newest 100 in large-account and counts them all', () => {
    const world = worldFor('large-account');
    const { items, total } = pendingRequests(world, T0);
    const expected = pendingInList(world, T0);
    expect(total).toBe(expected.length);
    expect(total).toBeGreaterThan(100);
    expect(items).toEqual(expected.slice(0, 100));
  });

  it('follows the clock (R2) and the answers', () => {
    const world = worldFor('default');
    const [first] = pendingRequests(world, T0).items;
    if (!first) throw new Error('no pending request');
    respondToRequest(world, { requestId: first.id, decision: 'approve' }, T0);
    const after = pendingRequests(world, T0);
    expect(after.items.map((r) => r.id)).not.toContain(first.id);
    expect(after.total).toBe(pendingRequests(worldFor('default'), T0).total - 1);
    expect(pendingRequests(world, daysAfterT0(31))).toEqual({ items: [], total: 0 });
  });

  it('takes a limit', () => {
    const world = worldFor('default');
    const { items, total } = pendingRequests(world, T0, 1);
    expect(items).toHaveLength(1);
    expect(total).toBe(pendingRequests(world, T0).total);
  });
});
