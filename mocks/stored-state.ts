import {
  MAX_CLOCK_OFFSET_DAYS,
  MAX_FAILURE_RATE,
  MAX_LATENCY_MS,
  MAX_SEARCHES,
  SCENARIO_NAMES,
  type DemoFaults,
  type Role,
  type ScenarioName,
} from '../src/contract';
import { scenarioSeed } from './data/scenarios';
import { MAX_USED_CAPTCHA_TOKENS } from './domain/captcha';
import { isTimeInRange } from './domain/clock';
import { MAX_IDEMPOTENCY_ANSWERS, MAX_IDEMPOTENCY_KEY_LENGTH } from './domain/idempotency';
import { isRecord } from './domain/input';
import type { IdempotentAnswer, RequestRecord } from './domain/records';
import { World } from './domain/world';
import {
  asIdempotencyEntry,
  asRequestRecord,
  fail,
  isIntegerIn,
  isNullableTime,
  isStringOf,
  listOf,
  MAX_ID_LENGTH,
  timedKey,
} from './stored-values';

/**
 * The mock state as it is stored: the scenario name and the time it was loaded (its dates are
 * relative to it), clock, role, counters, faults, and the changes since (written and removed
 * requests, dismissals, used captcha tokens, idempotency answers, keys in flight). Loading
 * regenerates the scenario and replays the changes, after checking every value: a state that
 * loads can be served.
 */

export const STORAGE_VERSION = 2;

/** The highest request number a stored counter may hold (`req-n…`). */
const MAX_REQUEST_NUMBER = 1_000_000_000;

interface PersistedState {
  version: number;
  scenario: ScenarioName;
  anchor: number;
  clockOffsetDays: number;
  clockFrozenAt: number | null;
  role: Role;
  searchesUsed: number;
  faults: DemoFaults;
  merged: boolean;
  nextRequestNumber: number;
  dismissed: string[];
  usedCaptchaTokens: [string, number][];
  idempotency: [string, IdempotentAnswer][];
  keysInFlight: [string, number][];
  upserts: RequestRecord[];
  removed: string[];
}

/** The World as persisted: what cannot be regenerated from its scenario. */
export function serializeWorld(world: World): string {
  const upserts: RequestRecord[] = [];
  for (const id of world.changedRequestIds) {
    const request = world.request(id);
    if (request) upserts.push(request);
  }
  const state: PersistedState = {
    version: STORAGE_VERSION,
    scenario: world.scenario,
    anchor: world.anchor,
    clockOffsetDays: world.clockOffsetDays,
    clockFrozenAt: world.clockFrozenAt,
    role: world.role,
    searchesUsed: world.searchesUsed,
    faults: world.faults,
    merged: world.merged,
    nextRequestNumber: world.nextRequestNumber,
    dismissed: [...world.dismissed],
    usedCaptchaTokens: [...world.usedCaptchaTokens],
    idempotency: [...world.idempotency],
    keysInFlight: [...world.keysInFlight],
    upserts,
    removed: [...world.removedRequestIds],
  };
  return JSON.stringify(state);
}

/** The number in a request id this store made (`req-n12` → 12), else 0. */
function requestNumberOf(id: string): number {
  const match = /^req-n(\d{1,10})$/.exec(id);
  return match ? Number(match[1]) : 0;
}

/** Regenerates the stored scenario and replays the stored changes onto it. */
export function restoreWorld(data: unknown): World {
  if (!isRecord(data)) fail('not an object');
  if (data.version !== STORAGE_VERSION) fail(`version ${String(data.version)}`);
  const {
    scenario,
    anchor,
    clockOffsetDays,
    role,
    searchesUsed,
    faults,
    merged,
    nextRequestNumber,
  } = data;
  if (typeof scenario !== 'string' || !(SCENARIO_NAMES as readonly string[]).includes(scenario)) {
    fail('scenario');
  }
  if (!isTimeInRange(anchor)) fail('anchor');
  if (!isIntegerIn(clockOffsetDays, 0, MAX_CLOCK_OFFSET_DAYS)) fail('clockOffsetDays');
  if (!isIntegerIn(searchesUsed, 0, MAX_SEARCHES)) fail('searchesUsed');
  if (!isIntegerIn(nextRequestNumber, 1, MAX_REQUEST_NUMBER)) fail('nextRequestNumber');
  if (role !== 'admin' && role !== 'member') fail('role');
  // Absent in states saved before the clock could be frozen: a running clock.
  const clockFrozenAt = data.clockFrozenAt ?? null;
  if (!isNullableTime(clockFrozenAt)) fail('clockFrozenAt');
  if (
    !isRecord(faults) ||
    !isIntegerIn(faults.latencyMs, 0, MAX_LATENCY_MS) ||
    typeof faults.failureRate !== 'number' ||
    !(faults.failureRate >= 0 && faults.failureRate <= MAX_FAILURE_RATE)
  ) {
    fail('faults');
  }
  if (typeof merged !== 'boolean') fail('merged');

  const world = new World(scenarioSeed(scenario as ScenarioName, anchor), anchor);
  const idOf = (item: unknown): string => {
    if (!isStringOf(item, MAX_ID_LENGTH)) fail('id');
    return item;
  };
  const dismissed = listOf(data.dismissed, world.suggestions.length, 'dismissed', idOf);
  const usedCaptchaTokens = listOf(
    data.usedCaptchaTokens,
    MAX_USED_CAPTCHA_TOKENS,
    'usedCaptchaTokens',
    timedKey(MAX_ID_LENGTH, 'used captcha token'),
  );
  const idempotency = listOf(
    data.idempotency,
    MAX_IDEMPOTENCY_ANSWERS,
    'idempotency',
    asIdempotencyEntry,
  );
  const keysInFlight = listOf(
    data.keysInFlight,
    MAX_IDEMPOTENCY_ANSWERS,
    'keysInFlight',
    timedKey(MAX_IDEMPOTENCY_KEY_LENGTH, 'key in flight'),
  );
  const removed = listOf(data.removed, Number.MAX_SAFE_INTEGER, 'removed', idOf);
  const upserts = listOf(data.upserts, Number.MAX_SAFE_INTEGER, 'upserts', asRequestRecord);

  world.clockOffsetDays = clockOffsetDays;
  world.clockFrozenAt = clockFrozenAt;
  world.role = role;
  world.searchesUsed = searchesUsed;
  world.faults = { latencyMs: faults.latencyMs, failureRate: faults.failureRate };
  world.merged = merged;
  world.nextRequestNumber = nextRequestNumber;
  for (const id of dismissed) world.dismissed.add(id);
  for (const [hash, usedAt] of usedCaptchaTokens) world.usedCaptchaTokens.set(hash, usedAt);
  for (const [key, answer] of idempotency) world.idempotency.set(key, answer);
  for (const [key, since] of keysInFlight) world.keysInFlight.set(key, since);
  for (const id of removed) {
    if (requestNumberOf(id) >= nextRequestNumber) fail(`removed ${id} beyond the id counter`);
    world.removeRequest(id);
  }
  for (const request of upserts) {
    if (!world.customer(request.customerId)) fail(`unknown customer ${request.customerId}`);
    if (requestNumberOf(request.id) >= nextRequestNumber) {
      fail(`request ${request.id} beyond the id counter`);
    }
    if (world.request(request.id)) world.replaceRequest(request);
    else world.addRequest(request);
  }
  return world;
}
