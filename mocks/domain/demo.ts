/**
 * The demo controls (`/api/demo/*`) as rules like the others: what the demo panel shows, and each
 * change a control makes to the world, its body checked first. The handlers and the helpers for
 * tests and stories (mocks/scenarios.ts) both change the world through these functions only.
 */
import {
  MAX_FAILURE_RATE,
  MAX_LATENCY_MS,
  MAX_SEARCHES,
  SCENARIO_NAMES,
  type DemoFaults,
  type DemoState,
  type Role,
  type ScenarioName,
} from '../../src/contract';
import { changeClock, expiresAt, parseClockChange, toIso } from './clock';
import { invalidInput } from './errors';
import { requireObject, requireOneOf } from './input';
import { openStatus, statusOf, toConnectionRequest } from './requests';
import { searchesRemaining } from './search';
import type { World } from './world';

const ROLES: readonly Role[] = ['admin', 'member'];
/** How many pending requests the demo state lists ("act as the customer" picks from them). */
const DEMO_PENDING_LIMIT = 100;

/**
 * The requests pending now, newest first: at most DEMO_PENDING_LIMIT of them, and how many
 * there are.
 * A pending request is always its customer's latest (R3), and only the last 30 days' can still
 * be pending (R2), so this walks the sentAt view back from the newest and stops there.
 */
function pendingRequests(world: World, now: number): DemoState['pending'] {
  const latest = world.latestBySentAt();
  const items: DemoState['pending']['items'] = [];
  let total = 0;
  for (let i = latest.length - 1; i >= 0; i -= 1) {
    const request = latest[i] as (typeof latest)[number];
    if (openStatus(expiresAt(request.sentAt), now) === 'expired') break;
    if (statusOf(request, now) !== 'pending') continue;
    total += 1;
    if (items.length < DEMO_PENDING_LIMIT) items.push(toConnectionRequest(world, request, now));
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

/** `{ name }` of `POST /demo/scenario` (the store loads it: it replaces the whole world). */
export function parseScenarioName(body: unknown): ScenarioName {
  return requireOneOf(requireObject(body).name, SCENARIO_NAMES, 'name');
}

/** latencyMs an integer 0..30000, failureRate a number 0..1. */
function parseFaults(body: unknown): DemoFaults {
  const { latencyMs, failureRate } = requireObject(body);
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
    failureRate > MAX_FAILURE_RATE
  ) {
    throw invalidInput(
      'failureRate',
      `failureRate must be a number from 0 to ${MAX_FAILURE_RATE}.`,
    );
  }
  return { latencyMs, failureRate };
}

/** A demo control that changes the world: checks its body, then makes the change. */
export type DemoChange = (world: World, body?: unknown) => void;

/** `POST /demo/clock`: `{ advanceDays }` moves the server clock, `{ freezeAt }` stops it (R2). */
export const setClock: DemoChange = (world, body) => {
  changeClock(world, parseClockChange(body, world.clockOffsetDays));
};

/** `POST /demo/role`: makes the current user an Administrator or a plain member (R1). */
export const setRole: DemoChange = (world, body) => {
  world.role = requireOneOf(requireObject(body).role, ROLES, 'role');
};

/** `POST /demo/reset-searches`: support gives the user five searches again (R4). */
export const resetSearches: DemoChange = (world) => {
  world.searchesUsed = 0;
};

/** `POST /demo/faults`: latency and a failure rate for every endpoint but the demo's. */
export const setFaults: DemoChange = (world, body) => {
  world.faults = parseFaults(body);
};

/** For tests and stories: `used` of the five searches spent (R4), 0 to 5. */
export function spendSearches(world: World, used: number): void {
  if (!Number.isInteger(used) || used < 0 || used > MAX_SEARCHES) {
    throw invalidInput('searchesUsed', `From 0 to ${MAX_SEARCHES} searches can be used.`);
  }
  world.searchesUsed = used;
}

/**
 * Whether an injected fault fails this call. `roll` is in [0, 1) from a seeded PRNG, so a
 * rate of 1 always fails and 0 never does.
 */
export function faultStrikes(faults: DemoFaults, roll: number): boolean {
  return roll < faults.failureRate;
}
