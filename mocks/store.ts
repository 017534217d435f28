import type { Notice, ScenarioName } from '../src/contract';
import { createPrng, type Prng } from './data/prng';
import { scenarioSeed } from './data/scenarios';
import { serverNow } from './domain/clock';
import { faultStrikes } from './domain/demo';
import { DomainError } from './domain/errors';
import { World } from './domain/world';
import { restoreWorld, serializeWorld, STORAGE_VERSION } from './stored-state';

/**
 * The mock database: the current World, its server clock, and its persistence through a
 * synchronous `Storage` (the browser's IndexedDB cache, a file or memory in Node).
 *
 * Persistence stores only what cannot be regenerated (mocks/stored-state.ts), so even
 * large-account stays a few kilobytes. Before each use the store compares the stored revision
 * with the one it holds and reloads when another tab wrote.
 *
 * Nothing is acknowledged that was not saved: a save that fails throws `storage_unavailable`
 * and the World goes back to what is stored.
 */

export const STORAGE_KEY = `connection-requests.mock-state.v${STORAGE_VERSION}`;
export const REVISION_KEY = `connection-requests.mock-revision.v${STORAGE_VERSION}`;

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
      this.storage.setItem(STORAGE_KEY, serializeWorld(this.world));
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
