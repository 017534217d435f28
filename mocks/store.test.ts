import { describe, expect, it } from 'vitest';
import { idOf } from './data/test-world';
import { DAY_MS } from './domain/clock';
import { DomainError } from './domain/errors';
import { mergeDuplicateAccount } from './domain/merge';
import { createRequest, listRequests, parseListQuery } from './domain/requests';
import { searchCatalogue } from './domain/search';
import { dismissSuggestion } from './domain/suggestions';
import { getMockStore, initMockStore, MockStore, resetMockStore, STORAGE_KEY } from './store';

/** A Storage in memory, like one browser origin's localStorage shared by its tabs. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const fixedClock = () => Date.UTC(2026, 2, 1, 9, 0, 0);
const page = (store: MockStore) =>
  store.read((world, now) =>
    listRequests(world, parseListQuery(new URLSearchParams('pageSize=100')), now),
  );

describe('persistence', () => {
  it('round-trips requests, dismissals, counters, clock, role, faults and captcha tokens', () => {
    const storage = new MemoryStorage();
    const first = new MockStore({ storage, realNow: fixedClock });
    first.write((world, now) => {
      createRequest(world, { customerId: idOf('angstroem'), origin: 'suggestion' }, now);
      createRequest(
        world,
        {
          customerId: idOf('dubois'),
          origin: 'search',
          contactEmail: 'a@b.fr',
          captchaToken: 't1',
          confirmed: true,
        },
        now,
      );
      dismissSuggestion(world, idOf('papeleria'));
      searchCatalogue(world, 'muller', now);
      world.clockOffsetDays = 3;
      world.clockFrozenAt = fixedClock() + 12_345;
      world.role = 'member';
      world.faults = { latencyMs: 10, failureRate: 0.5 };
    });
    const reloaded = new MockStore({ storage, realNow: fixedClock });
    expect(reloaded.notice).toBeNull();
    expect(page(reloaded)).toEqual(page(first));
    const world = reloaded.world;
    expect([world.searchesUsed, world.clockOffsetDays, world.role]).toEqual([1, 3, 'member']);
    expect(reloaded.now()).toBe(fixedClock() + 12_345);
    expect(world.faults).toEqual({ latencyMs: 10, failureRate: 0.5 });
    expect(world.dismissed.has(idOf('papeleria'))).toBe(true);
    expect(world.usedCaptchaTokens.has('t1')).toBe(true);
    expect(world.nextRequestId()).toBe('req-n3');
  });

  it('keeps the seeded dates across a reload (they are anchored at the first load)', () => {
    const storage = new MemoryStorage();
    let now = fixedClock();
    const first = new MockStore({ storage, realNow: () => now });
    first.write(() => undefined);
    now += 2 * DAY_MS;
    const reloaded = new MockStore({ storage, realNow: () => now });
    expect(reloaded.world.anchor).toBe(first.world.anchor);
  });

  it('round-trips a merge', () => {
    const storage = new MemoryStorage();
    const first = new MockStore({ storage, realNow: fixedClock });
    first.write((world, now) => mergeDuplicateAccount(world, now));
    const reloaded = new MockStore({ storage, realNow: fixedClock });
    expect(page(reloaded)).toEqual(page(first));
    expect(reloaded.world.duplicateAccount).toHaveLength(0);
  });

  it.each([
    ['corrupt JSON', '{"version":1,'],
    ['an old version', JSON.stringify({ version: 0, scenario: 'default' })],
    ['an unknown scenario', JSON.stringify({ version: 1, scenario: 'huge' })],
    ['not an object', '[]'],
  ])('replaces %s with the default scenario and a state_reset notice', (_label, stored) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, stored);
    const store = new MockStore({ storage, realNow: fixedClock });
    expect(store.notice?.code).toBe('state_reset');
    expect(store.world.scenario).toBe('default');
    expect(page(store).total).toBe(12);
    // The replacement is stored, so the next load is clean.
    expect(new MockStore({ storage, realNow: fixedClock }).notice).toBeNull();
  });

  it('reads a state saved before the clock could be frozen as a running clock; refuses a bad one', () => {
    const storage = new MemoryStorage();
    new MockStore({ storage, realNow: fixedClock }).write((world) => {
      world.clockOffsetDays = 2;
    });
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
    delete stored.clockFrozenAt;
    storage.setItem(STORAGE_KEY, JSON.stringify(stored));
    const older = new MockStore({ storage, realNow: fixedClock });
    expect(older.notice).toBeNull();
    expect(older.now()).toBe(fixedClock() + 2 * DAY_MS);

    storage.setItem(STORAGE_KEY, JSON.stringify({ ...stored, clockFrozenAt: 'noon' }));
    expect(new MockStore({ storage, realNow: fixedClock }).notice?.code).toBe('state_reset');
  });

  it('replaces a state whose request fails validation', () => {
    const storage = new MemoryStorage();
    const store = new MockStore({ storage, realNow: fixedClock });
    store.write((world, now) =>
      createRequest(world, { customerId: idOf('angstroem'), origin: 'suggestion' }, now),
    );
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as {
      upserts: { customerId: string }[];
    };
    stored.upserts[0] = { customerId: 'cust-nope' };
    storage.setItem(STORAGE_KEY, JSON.stringify(stored));
    expect(new MockStore({ storage, realNow: fixedClock }).notice?.code).toBe('state_reset');
  });

  it('starts the default scenario without a notice when nothing is stored', () => {
    const store = initMockStore({ storage: new MemoryStorage(), realNow: fixedClock });
    expect(store.notice).toBeNull();
    expect(getMockStore()).toBe(store);
    expect(store.world.scenario).toBe('default');
  });

  it('stores large-account in a few kilobytes, even after changes', () => {
    const storage = new MemoryStorage();
    const store = new MockStore({ storage, realNow: fixedClock });
    store.loadScenario('large-account');
    store.write((world, now) => {
      const suggestion = world.suggestions[0];
      if (!suggestion) throw new Error('no suggestions');
      createRequest(world, { customerId: suggestion.customerId, origin: 'suggestion' }, now);
      searchCatalogue(world, 'nord', now);
    });
    const bytes = new TextEncoder().encode(storage.getItem(STORAGE_KEY) ?? '').length;
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(4_000);
    const reloaded = new MockStore({ storage, realNow: fixedClock });
    expect(page(reloaded).total).toBe(10_001);
  });

  it('keeps working in memory when the storage refuses writes (quota)', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = new MockStore({ storage, realNow: fixedClock });
    store.write((world, now) =>
      createRequest(world, { customerId: idOf('angstroem'), origin: 'suggestion' }, now),
    );
    expect(page(store).total).toBe(13);
  });
});

describe('two tabs', () => {
  it('picks up the other tab’s writes before handling a request', () => {
    const storage = new MemoryStorage();
    const tabA = new MockStore({ storage, realNow: fixedClock });
    const tabB = new MockStore({ storage, realNow: fixedClock });
    const body = { customerId: idOf('angstroem'), origin: 'suggestion' };
    tabA.write((world, now) => createRequest(world, body, now));
    let caught: unknown;
    try {
      tabB.write((world, now) => createRequest(world, body, now));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('request_pending');
    expect(page(tabB).total).toBe(13);
  });

  it('sees a scenario switch made in the other tab', () => {
    const storage = new MemoryStorage();
    const tabA = new MockStore({ storage, realNow: fixedClock });
    const tabB = new MockStore({ storage, realNow: fixedClock });
    tabA.loadScenario('new-supplier');
    expect(tabB.read((world) => world.scenario)).toBe('new-supplier');
  });
});

describe('resetMockStore', () => {
  it('gives a fresh in-memory default store', () => {
    const dirty = resetMockStore();
    dirty.write((world) => {
      world.searchesUsed = 5;
      world.faults = { latencyMs: 0, failureRate: 1 };
    });
    const fresh = resetMockStore();
    expect(fresh).not.toBe(dirty);
    expect(getMockStore()).toBe(fresh);
    expect([fresh.world.searchesUsed, fresh.world.faults.failureRate, fresh.notice]).toEqual([
      0,
      0,
      null,
    ]);
  });

  it('can start with another scenario', () => {
    expect(resetMockStore('member').world.role).toBe('member');
  });
});
