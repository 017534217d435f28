import {
  SCENARIO_NAMES,
  type DemoFaults,
  type DemoState,
  type Role,
  type ScenarioName,
} from '../../src/contract';
import { toIso } from './clock';
import { invalidInput } from './errors';
import { requireObject, requireOneOf } from './input';
import { searchesRemaining } from './search';
import type { World } from './world';

const ROLES: readonly Role[] = ['admin', 'member'];
export const MAX_LATENCY_MS = 30_000;

/** What the demo panel shows. */
export function demoState(world: World, now: number): DemoState {
  return {
    scenario: world.scenario,
    serverTime: toIso(now),
    clockOffsetDays: world.clockOffsetDays,
    role: world.role,
    faults: { ...world.faults },
    searchesRemaining: searchesRemaining(world),
    mergeAvailable: world.duplicateAccount.length > 0,
  };
}

export function parseScenarioName(body: unknown): ScenarioName {
  return requireOneOf(requireObject(body).name, SCENARIO_NAMES, 'name');
}

export function parseRole(body: unknown): Role {
  return requireOneOf(requireObject(body).role, ROLES, 'role');
}

/** latencyMs an integer 0..30000, failureRate a number 0..1. */
export function parseFaults(body: unknown): DemoFaults {
  const input = requireObject(body);
  const { latencyMs, failureRate } = input;
  if (
    typeof latencyMs !== 'number' ||
    !Number.isInteger(latencyMs) ||
    latencyMs < 0 ||
    latencyMs > MAX_LATENCY_MS
  ) {
    throw invalidInput('latencyMs', `latencyMs must be an integer from 0 to ${MAX_LATENCY_MS}.`);
  }
  if (
    typeof failureRate !== 'number' ||
    !Number.isFinite(failureRate) ||
    failureRate < 0 ||
    failureRate > 1
  ) {
    throw invalidInput('failureRate', 'failureRate must be a number from 0 to 1.');
  }
  return { latencyMs, failureRate };
}

/**
 * Whether an injected fault fails this call. `roll` is in [0, 1) from a seeded PRNG, so a
 * rate of 1 always fails and 0 never does.
 */
export function faultStrikes(faults: DemoFaults, roll: number): boolean {
  return roll < faults.failureRate;
}
