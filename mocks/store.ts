import type { DemoFaults, Notice, Role, ScenarioName } from '../src/contract';
import {
  MAX_COMMENT_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_SEARCHES,
  SCENARIO_NAMES,
} from '../src/contract';
import { scenarioSeed } from './data/scenarios';
import { createPrng, type Prng } from './data/prng';
import { isTimeInRange, MAX_CLOCK_OFFSET_DAYS, serverNow } from './domain/clock';
import { faultStrikes, MAX_LATENCY_MS } from './domain/demo';
import { DomainError } from './domain/errors';
import { isRecord } from './domain/input';
import {
  MAX_IDEMPOTENCY_ANSWERS,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  MAX_USED_CAPTCHA_TOKENS,
} from './domain/requests';
import { World, type IdempotentAnswer, type RequestRecord } from './domain/world';

/**
 * The mock database: the current World, its server clock, and its persistence through a
 * synchronous `Storage` (the browser's IndexedDB cache, a file or memory in Node).
 *
 * Persistence stores only what cannot be regenerated: the scenario name and the time it was
 * loaded (its dates are relative to it), clock offset, role, counters, faults, and the
 * changes made since (written/removed requests, dismissed suggestions, used captcha tokens,
 * idempotency answers and keys in flight). Loading regenerates the deterministic scenario and
 * replays the delta, so even large-account stays a few kilobytes. Before each use the store
 * compares the stored revision with the one it holds and reloads when another tab wrote.
 *
 * Nothing is acknowledged that was not saved: a save that fails throws `storage_unavailable`
 * and the World goes back to what is stored.
 */

export const STORAGE_VERSION = 2;
export const STORAGE_KEY = `connection-requests.mock-state.v${STORAGE_VERSION}`;
export const REVISION_KEY = `connection-requests.mock-revision.v${STORAGE_VERSION}`;

/** The highest request number a stored counter may hold (`req-n…`). */
const MAX_REQUEST_NUMBER = 1_000_000_000;
/** Ids of the scenarios and of new requests are short; anything longer was not written by us. */
const MAX_ID_LENGTH = 100;

export const STATE_RESET_NOTICE: Notice = {
  code: 'state_reset',
  message: 'The saved demo data could not be read, so the default scenario was loaded.',
};

/** A `StorageTransactions` transaction that could not be saved; nothing of it was stored. */
export class StorageWriteError extends Error {
  constructor(cause: unknown) {
    super('The mock state could not be saved.', { cause });
    this.name = 'StorageWriteError';
  }
}

/**
 * Runs one call's work on the store's `Storage` as one transaction across tabs: `work` runs
 * alone, with the storage up to date, and what it wrote is saved with it or not at all (then
 * the promise rejects with StorageWriteError). The browser implements it over IndexedDB
 * (mocks/browser-storage.ts); in one Node process a synchronous Storage needs none.
 */
export interface StorageTransactions {
  transaction<T>(work: () => T): Promise<T>;
}

export interface MockStoreOptions {
  /** Where to persist; none keeps everything in memory. */
  storage?: Storage;
  /** Makes each call atomic across tabs sharing `storage` (the browser's IndexedDB). */
  transactions?: StorageTransactions;
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
  usedCaptchaTokens: [string, number][];
  idempotency: [string, IdempotentAnswer][];
  keysInFlight: [string, number][];
  upserts: RequestRecord[];
  removed: string[];
}

export class MockStore {
  world: World;
  /** Set when the stored state was unreadable and replaced; kept until the page reloads. */
  notice: Notice | null = null;
  private readonly storage: Storage | undefined;
  private readonly transactions: StorageTransactions | undefined;
  private readonly realNow: () => number;
  /** What a storage with nothing in it holds. */
  private readonly initialScenario: ScenarioName;
  private readonly faultRolls: Prng = createPrng(1_234_567);
  private loadedRevision: string | null = null;
  /** The World may hold changes that were not saved: reload it before its next use. */
  private stale = false;

  constructor(options: MockStoreOptions = {}) {
    this.storage = options.storage;
    this.transactions = options.transactions;
    this.realNow = options.realNow ?? Date.now;
    this.initialScenario = options.scenario ?? 'default';
    this.world = this.freshWorld(this.initialScenario);
    if (this.storage) this.loadFromStorage();
  }

  /** The server clock (R2): real time plus the demo offset. */
  now(): number {
    return serverNow(this.realNow(), this.world.clockOffsetDays, this.world.clockFrozenAt);
  }

  /**
   * Runs one API call's work on the store as one transaction (see StorageTransactions). A
   * transaction that could not be saved is refused with 503 `storage_unavailable`, and the
   * World is reloaded from what is stored before its next use.
   */
  async transaction<T>(work: () => T): Promise<T> {
    if (!this.transactions) return work();
    try {
      return await this.transactions.transaction(work);
    } catch (error) {
      if (!(error instanceof StorageWriteError)) throw error;
      this.stale = true;
      throw new DomainError('storage_unavailable');
    }
  }

  /** Reads after picking up another tab's writes. */
  read<T>(run: (world: World, now: number) => T): T {
    this.sync();
    return run(this.world, this.now());
  }

  /**
   * Runs a change and persists it, also when the change throws a rule violation (a captcha
   * token is used up even if a later check fails). Any other exception may have left the
   * change half done: nothing is saved and the World goes back to what is stored.
   */
  write<T>(run: (world: World, now: number) => T): T {
    this.sync();
    let result: T;
    try {
      result = run(this.world, this.now());
    } catch (error) {
      if (error instanceof DomainError) this.save();
      else this.discardUnsaved();
      throw error;
    }
    this.save();
    return result;
  }

  /** Replaces all data with a scenario: clock, searches and role start over, faults stay. */
  loadScenario(name: ScenarioName): void {
    this.sync();
    const faults = this.world.faults;
    this.world = this.freshWorld(name);
    this.world.faults = faults;
    this.save();
  }

  /**
   * Back to the default scenario with clock offset, counters and faults reset. It never reads
   * the stored state, so it works whatever that holds.
   */
  reset(): void {
    this.world = this.freshWorld('default');
    this.stale = false;
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
      keysInFlight: [...world.keysInFlight],
      upserts,
      removed: [...world.removedRequestIds],
    };
    return JSON.stringify(state);
  }

  private freshWorld(name: ScenarioName): World {
    const anchor = serverNow(this.realNow(), 0);
    return new World(scenarioSeed(name, anchor), anchor);
  }

  private sync(): void {
    if (!this.storage) return;
    if (this.stale || this.storage.getItem(REVISION_KEY) !== this.loadedRevision) {
      this.loadFromStorage();
    }
  }

  /** Persists the World, or throws `storage_unavailable` with the World back as stored. */
  private save(): void {
    if (this.persist()) return;
    // Quota, privacy mode, a failing disk: never acknowledge what is not stored.
    this.discardUnsaved();
    throw new DomainError('storage_unavailable');
  }

  /**
   * Writes a new revision and the World; false when the storage refused. The revision goes
   * first: if the state then fails, readers reload the old state, never miss a new one.
   */
  private persist(): boolean {
    if (!this.storage) return true;
    const previous = Number(this.storage.getItem(REVISION_KEY));
    const next = String(Number.isSafeInteger(previous) ? previous + 1 : 1);
    try {
      this.storage.setItem(REVISION_KEY, next);
      this.storage.setItem(STORAGE_KEY, this.serialize());
    } catch {
      return false;
    }
    this.loadedRevision = next;
    this.stale = false;
    return true;
  }

  /** Drops changes that were not saved: the World is what the storage holds. */
  private discardUnsaved(): void {
    if (!this.storage) return;
    this.stale = true;
    this.loadFromStorage();
  }

  private loadFromStorage(): void {
    const storage = this.storage;
    if (!storage) return;
    this.stale = false;
    this.loadedRevision = storage.getItem(REVISION_KEY);
    const raw = storage.getItem(STORAGE_KEY);
    if (raw === null) {
      this.world = this.freshWorld(this.initialScenario);
      return;
    }
    try {
      this.world = restoreWorld(JSON.parse(raw) as unknown);
    } catch {
      // Corrupt JSON, another version, or data that fails validation: start over, say so.
      this.world = this.freshWorld('default');
      this.notice = STATE_RESET_NOTICE;
      // If the repair cannot be stored (storage full), it is made again on the next load.
      this.persist();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Validation of stored state: anything unexpected throws, and the caller resets. Every number
// is range-checked, so a state that loads can be served: no date out of range, no counter past
// its limit, no id the counter could hand out again.

function fail(what: string): never {
  throw new Error(`Stored mock state is invalid: ${what}`);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isStringOf(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}

function isNullableTime(value: unknown): value is number | null {
  return value === null || isTimeInRange(value);
}

/** A stored list of at most `max` items, each checked by `parse`. */
function listOf<T>(value: unknown, max: number, what: string, parse: (item: unknown) => T): T[] {
  if (!Array.isArray(value) || value.length > max) fail(what);
  return value.map(parse);
}

/** A `[key, time]` pair, as used tokens and keys in flight are stored. */
function timedKey(maxKeyLength: number, what: string) {
  return (value: unknown): [string, number] => {
    if (!Array.isArray(value) || value.length !== 2) fail(what);
    const [key, time] = value as [unknown, unknown];
    if (!isStringOf(key, maxKeyLength) || !isTimeInRange(time)) fail(what);
    return [key, time];
  };
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
    !isStringOf(id, MAX_ID_LENGTH) ||
    !isStringOf(customerId, MAX_ID_LENGTH) ||
    (origin !== 'search' && origin !== 'suggestion') ||
    (contactEmail !== null && !isStringOf(contactEmail, MAX_EMAIL_LENGTH)) ||
    !isTimeInRange(sentAt) ||
    (decision !== null && decision !== 'approved' && decision !== 'rejected') ||
    !isNullableTime(respondedAt) ||
    !isNullableTime(withdrawnAt) ||
    (comment !== null && !isStringOf(comment, MAX_COMMENT_LENGTH)) ||
    !isIntegerIn(attempt, 1, 3)
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

function asIdempotencyEntry(value: unknown): [string, IdempotentAnswer] {
  if (!Array.isArray(value) || value.length !== 2) fail('idempotency entry');
  const [key, answer] = value as [unknown, unknown];
  if (
    !isStringOf(key, MAX_IDEMPOTENCY_KEY_LENGTH) ||
    !isRecord(answer) ||
    !isIntegerIn(answer.status, 200, 599) ||
    !isRecord(answer.body) ||
    !isStringOf(answer.fingerprint, MAX_ID_LENGTH) ||
    !isTimeInRange(answer.at)
  ) {
    fail('idempotency entry');
  }
  return [
    key,
    { status: answer.status, body: answer.body, fingerprint: answer.fingerprint, at: answer.at },
  ];
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
    !(faults.failureRate >= 0 && faults.failureRate <= 1)
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
