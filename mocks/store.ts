import type { DemoFaults, Notice, Role, ScenarioName } from '../src/contract';
import { SCENARIO_NAMES } from '../src/contract';
import { scenarioSeed } from './data/scenarios';
import { createPrng, type Prng } from './data/prng';
import { serverNow } from './domain/clock';
import { faultStrikes } from './domain/demo';
import { isRecord } from './domain/input';
import { World, type IdempotentResult, type RequestRecord } from './domain/world';

/**
 * The mock database: the current World, its server clock, and (in the browser) its
 * persistence in localStorage.
 *
 * Persistence stores only what cannot be regenerated: the scenario name and the time it was
 * loaded (its dates are relative to that), clock offset, role, counters, faults, and the
 * changes made since (written/removed requests, dismissed suggestions, used captcha tokens,
 * idempotency answers). Loading regenerates the deterministic scenario and replays the delta,
 * so even large-account stays a few hundred bytes. Another tab's writes are picked up before
 * every request through a revision key.
 */

export const STORAGE_VERSION = 1;
export const STORAGE_KEY = `connection-requests.mock-state.v${STORAGE_VERSION}`;
export const REVISION_KEY = `connection-requests.mock-revision.v${STORAGE_VERSION}`;

const STATE_RESET_NOTICE: Notice = {
  code: 'state_reset',
  message: 'The saved demo data could not be read, so the default scenario was loaded.',
};

export interface MockStoreOptions {
  /** Where to persist (window.localStorage in the browser); none keeps everything in memory. */
  storage?: Storage;
  /** Real time in epoch ms (tests may pin it); the server clock adds the demo offset. */
  realNow?: () => number;
  /** The scenario to start with when nothing is stored. */
  scenario?: ScenarioName;
}

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
  usedCaptchaTokens: string[];
  idempotency: [string, IdempotentResult][];
  upserts: RequestRecord[];
  removed: string[];
}

export class MockStore {
  world: World;
  /** Set when the stored state was unreadable and replaced; kept until the page reloads. */
  notice: Notice | null = null;
  private readonly storage: Storage | undefined;
  private readonly realNow: () => number;
  private readonly faultRolls: Prng = createPrng(1_234_567);
  private loadedRevision: string | null = null;

  constructor(options: MockStoreOptions = {}) {
    this.storage = options.storage;
    this.realNow = options.realNow ?? Date.now;
    this.world = this.freshWorld(options.scenario ?? 'default', 0);
    if (this.storage) this.loadFromStorage();
  }

  /** The server clock (R2): real time plus the demo offset. */
  now(): number {
    return serverNow(this.realNow(), this.world.clockOffsetDays, this.world.clockFrozenAt);
  }

  /** Reads after picking up another tab's writes. */
  read<T>(run: (world: World, now: number) => T): T {
    this.sync();
    return run(this.world, this.now());
  }

  /**
   * Runs a change and persists it, also when the change throws a rule violation (a captcha
   * token is used up even if a later check fails). Synchronous from sync to save, so two tabs
   * cannot interleave inside one change.
   */
  write<T>(run: (world: World, now: number) => T): T {
    this.sync();
    try {
      return run(this.world, this.now());
    } finally {
      this.save();
    }
  }

  /** Replaces all data with a scenario: clock, searches and role start over, faults stay. */
  loadScenario(name: ScenarioName): void {
    this.sync();
    const faults = this.world.faults;
    this.world = this.freshWorld(name, 0);
    this.world.faults = faults;
    this.save();
  }

  /** Back to the default scenario with clock offset, counters and faults reset. */
  reset(): void {
    this.sync();
    this.world = this.freshWorld('default', 0);
    this.save();
  }

  /** Whether an injected fault fails this call (seeded, so a test run is repeatable). */
  faultStrikes(): boolean {
    this.sync();
    return faultStrikes(this.world.faults, this.faultRolls.next());
  }

  /** The state as persisted: exported for tests of persistence size and round-trips. */
  serialize(): string {
    const world = this.world;
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
      upserts,
      removed: [...world.removedRequestIds],
    };
    return JSON.stringify(state);
  }

  private freshWorld(name: ScenarioName, clockOffsetDays: number): World {
    const anchor = serverNow(this.realNow(), clockOffsetDays);
    return new World(scenarioSeed(name, anchor), anchor);
  }

  private sync(): void {
    if (!this.storage) return;
    if (this.storage.getItem(REVISION_KEY) !== this.loadedRevision) this.loadFromStorage();
  }

  private save(): void {
    if (!this.storage) return;
    const next = String(Number(this.storage.getItem(REVISION_KEY) ?? '0') + 1);
    try {
      this.storage.setItem(STORAGE_KEY, this.serialize());
      this.storage.setItem(REVISION_KEY, next);
      this.loadedRevision = next;
    } catch {
      // Quota or privacy mode: the demo keeps working in memory for this page.
      this.loadedRevision = this.storage.getItem(REVISION_KEY);
    }
  }

  private loadFromStorage(): void {
    const storage = this.storage;
    if (!storage) return;
    this.loadedRevision = storage.getItem(REVISION_KEY);
    const raw = storage.getItem(STORAGE_KEY);
    if (raw === null) {
      this.world = this.freshWorld(this.world.scenario, 0);
      return;
    }
    try {
      this.world = restoreWorld(JSON.parse(raw) as unknown);
    } catch {
      // Corrupt JSON, another version, or data that fails validation: start over, say so.
      this.world = this.freshWorld('default', 0);
      this.notice = STATE_RESET_NOTICE;
      this.save();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Validation of stored state: anything unexpected throws, and the caller resets.

function fail(what: string): never {
  throw new Error(`Stored mock state is invalid: ${what}`);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isNullableNumber(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isFinite(value));
}

function asRequestRecord(value: unknown): RequestRecord {
  if (!isRecord(value)) fail('request');
  const {
    id,
    customerId,
    origin,
    contactEmail,
    sentAt,
    decision,
    respondedAt,
    withdrawnAt,
    comment,
    attempt,
  } = value;
  if (
    typeof id !== 'string' ||
    typeof customerId !== 'string' ||
    (origin !== 'search' && origin !== 'suggestion') ||
    (contactEmail !== null && typeof contactEmail !== 'string') ||
    typeof sentAt !== 'number' ||
    !Number.isFinite(sentAt) ||
    (decision !== null && decision !== 'approved' && decision !== 'rejected') ||
    !isNullableNumber(respondedAt) ||
    !isNullableNumber(withdrawnAt) ||
    (comment !== null && typeof comment !== 'string') ||
    typeof attempt !== 'number' ||
    !Number.isInteger(attempt) ||
    attempt < 1 ||
    attempt > 3
  ) {
    fail(`request ${String(id)}`);
  }
  return {
    id,
    customerId,
    origin,
    contactEmail,
    sentAt,
    decision,
    respondedAt,
    withdrawnAt,
    comment,
    attempt,
  };
}

function asIdempotencyEntry(value: unknown): [string, IdempotentResult] {
  if (!Array.isArray(value) || value.length !== 2) fail('idempotency entry');
  const [key, result] = value as [unknown, unknown];
  if (typeof key !== 'string' || !isRecord(result) || typeof result.status !== 'number') {
    fail('idempotency entry');
  }
  return [key, { status: result.status, body: result.body }];
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
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
  if (typeof anchor !== 'number' || !Number.isFinite(anchor)) fail('anchor');
  if (!isCount(clockOffsetDays) || !isCount(searchesUsed) || !isCount(nextRequestNumber))
    fail('counters');
  if (role !== 'admin' && role !== 'member') fail('role');
  // Absent in states saved before the clock could be frozen: a running clock.
  const clockFrozenAt = data.clockFrozenAt ?? null;
  if (!isNullableNumber(clockFrozenAt)) fail('clockFrozenAt');
  if (
    !isRecord(faults) ||
    !isCount(faults.latencyMs) ||
    faults.latencyMs > 30_000 ||
    typeof faults.failureRate !== 'number' ||
    !(faults.failureRate >= 0 && faults.failureRate <= 1)
  ) {
    fail('faults');
  }
  if (typeof merged !== 'boolean') fail('merged');
  if (
    !isStringArray(data.dismissed) ||
    !isStringArray(data.usedCaptchaTokens) ||
    !isStringArray(data.removed)
  ) {
    fail('lists');
  }
  if (!Array.isArray(data.idempotency) || !Array.isArray(data.upserts)) fail('lists');

  const world = new World(scenarioSeed(scenario as ScenarioName, anchor), anchor);
  world.clockOffsetDays = clockOffsetDays;
  world.clockFrozenAt = clockFrozenAt;
  world.role = role;
  world.searchesUsed = searchesUsed;
  world.faults = { latencyMs: faults.latencyMs, failureRate: faults.failureRate };
  world.merged = merged;
  world.nextRequestNumber = Math.max(1, nextRequestNumber);
  for (const id of data.dismissed) world.dismissed.add(id);
  for (const token of data.usedCaptchaTokens) world.usedCaptchaTokens.add(token);
  for (const entry of data.idempotency) {
    const [key, result] = asIdempotencyEntry(entry);
    world.idempotency.set(key, result);
  }
  for (const id of data.removed) world.removeRequest(id);
  for (const item of data.upserts) {
    const request = asRequestRecord(item);
    if (!world.customer(request.customerId)) fail(`unknown customer ${request.customerId}`);
    if (world.request(request.id)) world.replaceRequest(request);
    else world.addRequest(request);
  }
  return world;
}

// ---------------------------------------------------------------------------------------------
// The current store

let current: MockStore | null = null;

/** The store the handlers use. */
export function getMockStore(): MockStore {
  current ??= new MockStore();
  return current;
}

/**
 * A fresh in-memory store (no persistence) with the given scenario (default: `default`),
 * clock at real now, no faults, no notice. Tests call it before each test.
 */
export function resetMockStore(scenario: ScenarioName = 'default'): MockStore {
  current = new MockStore({ scenario });
  return current;
}

/**
 * A store persisted in `storage` (the browser passes localStorage; persistence tests pass a
 * fake Storage), made current. Reads the stored state, or starts the default scenario.
 */
export function initMockStore(options: MockStoreOptions & { storage: Storage }): MockStore {
  current = new MockStore(options);
  return current;
}
