import {
  SCENARIO_NAMES,
  type DemoFaults,
  type DemoState,
  type Role,
  type ScenarioName,
} from '../../src/contract';
import { isPastExpiry, toIso } from './clock';
import { invalidInput } from './errors';
import { requireObject, requireOneOf } from './input';
import { statusOf, toConnectionRequest } from './requests';
import { searchesRemaining } from './search';
import type { World } from './world';

const ROLES: readonly Role[] = ['admin', 'member'];
export const MAX_LATENCY_MS = 30_000;
/** How many pending requests the demo state lists ("act as the customer" picks from them). */
export const DEMO_PENDING_LIMIT = 100;

/**
 * The requests pending now, newest first: at most `limit` of them, and how many there are.
 * A pending request is always its customer's latest (R3), and only the last 30 days' can still
 * be pending (R2), so this walks the sentAt view back from the newest and stops there.
 */
export function pendingRequests(
  world: World,
  now: number,
  limit = DEMO_PENDING_LIMIT,
): DemoState['pending'] {
  const latest = world.latestBySentAt();
  const items: DemoState['pending']['items'] = [];
  let total = 0;
  for (let i = latest.length - 1; i >= 0; i -= 1) {
    const request = latest[i] as (typeof latest)[number];
    if (isPastExpiry(request.sentAt, now)) break;
    if (statusOf(request, now) !== 'pending') continue;
    total += 1;
    if (items.length < limit) items.push(toConnectionRequest(world, request, now));
  }
  return { items, total };
}

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
    pending: pendingRequests(world, now),
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
