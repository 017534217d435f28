import { describe, expect, it } from 'vitest';
import { T0, worldFor } from '../data/test-world';
import { demoState, faultStrikes, parseFaults, parseRole, parseScenarioName } from './demo';
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
