import { describe, expect, it } from 'vitest';
import { idOf } from './data/test-world';
import { DAY_MS, MAX_CLOCK_OFFSET_DAYS } from './domain/clock';
import { DomainError } from './domain/errors';
import { mergeDuplicateAccount } from './domain/merge';
import {
  createRequest,
  createRequestIdempotently,
  listRequests,
  MAX_IDEMPOTENCY_ANSWERS,
  MAX_USED_CAPTCHA_TOKENS,
  parseListQuery,
} from './domain/requests';
import { searchCatalogue } from './domain/search';
import { dismissSuggestion } from './domain/suggestions';
import { expectDomainError } from './domain/test-expect';
import { MemoryStorage } from './memory-storage';
import {
  getMockStore,
  initMockStore,
  MockStore,
  resetMockStore,
  REVISION_KEY,
  STORAGE_KEY,
  StorageWriteError,
  type StorageTransactions,
} from './store';

const fixedClock = () => Date.UTC(2026, 2, 1, 9, 0, 0);
const page = (store: MockStore) =>
  store.read((world, now) =>
    listRequests(world, parseListQuery(new URLSearchParams('pageSize=100')), now),
  );
const fromSuggestion = (key: Parameters<typeof idOf>[0]) => ({
  customerId: idOf(key),
  origin: 'suggestion',
});
const fromSearch = (key: Parameters<typeof idOf>[0], captchaToken: string, confirmed = true) => ({
  customerId: idOf(key),
  origin: 'search',
  contactEmail: 'a@b.fr',
  captchaToken,
  confirmed,
});

/** The stored state as an object, to corrupt one field of it. */
function storedState(storage: Storage): Record<string, unknown> {
  return JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
}

/** A storage holding a valid state (one request created) with `edit` applied to it. */
function storageWith(edit: (state: Record<string, unknown>) => void): MemoryStorage {
  const storage = new MemoryStorage();
  new MockStore({ storage, realNow: fixedClock }).write((world, now) =>
    createRequest(world, fromSuggestion('angstroem'), now),
  );
  const state = storedState(storage);
  edit(state);
  storage.setItem(STORAGE_KEY, JSON.stringify(state));
  return storage;
}

describe('persistence', () => {
  it('round-trips requests, dismissals, counters, clock, role, faults and captcha tokens', () => {
    const storage = new MemoryStorage();
    const first = new MockStore({ storage, realNow: fixedClock });
    first.write((world, now) => {
      createRequest(world, fromSuggestion('angstroem'), now);
      createRequest(world, fromSearch('dubois', 't1'), now);
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
    expect(world.usedCaptchaTokens.size).toBe(1);
    expect(world.nextRequestId()).toBe('req-n3');
  });

  it('a used captcha token stays used after a reload', () => {
    const storage = new MemoryStorage();
    new MockStore({ storage, realNow: fixedClock }).write((world, now) =>
      createRequest(world, fromSearch('dubois', 't1'), now),
    );
    const reloaded = new MockStore({ storage, realNow: fixedClock });
    expectDomainError(
      () => reloaded.write((world, now) => createRequest(world, fromSearch('obrien', 't1'), now)),
      'captcha_failed',
    );
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

  it('stays bounded under a flood of refused requests with huge tokens and new keys', () => {
    const storage = new MemoryStorage();
    const store = new MockStore({ storage, realNow: fixedClock });
    const hugeToken = (n: number) => `${String(n)}-${'x'.repeat(4000)}`;
    for (let n = 0; n < MAX_USED_CAPTCHA_TOKENS + 100; n += 1) {
      expectDomainError(
        () =>
          store.write((world, now) =>
            createRequest(world, fromSearch('angstroem', hugeToken(n), false), now),
          ),
        'not_confirmed',
      );
    }
    for (let n = 0; n < MAX_IDEMPOTENCY_ANSWERS + 100; n += 1) {
      const answer = store.write((world, now) =>
        createRequestIdempotently(world, `key-${String(n)}`, fromSuggestion('zuercher'), now),
      );
      expect(answer.status).toBe(409);
    }
    // A few tens of kilobytes, not 4 MB: tokens are kept as short hashes, and only so many.
    expect(storage.getItem(STORAGE_KEY)?.length).toBeLessThan(120_000);
    const reloaded = new MockStore({ storage, realNow: fixedClock });
    expect(reloaded.notice).toBeNull();
    expect(reloaded.world.usedCaptchaTokens.size).toBe(MAX_USED_CAPTCHA_TOKENS);
    expect(reloaded.world.idempotency.size).toBe(MAX_IDEMPOTENCY_ANSWERS);
  });
});

describe('corrupt or hostile stored state', () => {
  it.each([
    ['corrupt JSON', '{"version":2,'],
    ['an old version', JSON.stringify({ version: 1, scenario: 'default' })],
    ['an unknown scenario', JSON.stringify({ version: 2, scenario: 'huge' })],
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

  type Edit = (state: Record<string, unknown>) => void;
  const request = (state: Record<string, unknown>) =>
    (state.upserts as Record<string, unknown>[])[0] as Record<string, unknown>;
  const hostile: [string, Edit][] = [
    ['clockOffsetDays 1e9', (s) => (s.clockOffsetDays = 1e9)],
    ['clockOffsetDays past its limit', (s) => (s.clockOffsetDays = MAX_CLOCK_OFFSET_DAYS + 1)],
    ['anchor 1e300', (s) => (s.anchor = 1e300)],
    ['anchor -1e15', (s) => (s.anchor = -1e15)],
    ['nextRequestNumber 0', (s) => (s.nextRequestNumber = 0)],
    ['nextRequestNumber 1 beside a stored req-n1', (s) => (s.nextRequestNumber = 1)],
    ['nextRequestNumber 1e300', (s) => (s.nextRequestNumber = 1e300)],
    ['searchesUsed 1e9', (s) => (s.searchesUsed = 1e9)],
    ['searchesUsed -1', (s) => (s.searchesUsed = -1)],
    ['latencyMs 1e9', (s) => (s.faults = { latencyMs: 1e9, failureRate: 0 })],
    ['failureRate NaN (stored as null)', (s) => (s.faults = { latencyMs: 0, failureRate: null })],
    ['a request sent at 1e300', (s) => (request(s).sentAt = 1e300)],
    ['a request answered at -1e300', (s) => (request(s).respondedAt = -1e300)],
    ['a request with attempt 4', (s) => (request(s).attempt = 4)],
    ['a comment of 501 characters', (s) => (request(s).comment = 'c'.repeat(501))],
    ['an email of 1,000 characters', (s) => (request(s).contactEmail = 'e'.repeat(1000))],
    ['a request id of 10,000 characters', (s) => (request(s).id = 'r'.repeat(10_000))],
    [
      'more idempotency answers than kept',
      (s) =>
        (s.idempotency = Array.from({ length: MAX_IDEMPOTENCY_ANSWERS + 1 }, (_, n) => [
          `k${String(n)}`,
          { status: 201, body: {}, fingerprint: 'f', at: fixedClock() },
        ])),
    ],
    [
      'an idempotency answer with status 1e9',
      (s) => (s.idempotency = [['k', { status: 1e9, body: {}, fingerprint: 'f', at: 0 }]]),
    ],
    [
      'more used tokens than kept',
      (s) =>
        (s.usedCaptchaTokens = Array.from({ length: MAX_USED_CAPTCHA_TOKENS + 1 }, (_, n) => [
          String(n),
          fixedClock(),
        ])),
    ],
    ['a used token stored as a 1 MB string', (s) => (s.usedCaptchaTokens = [['t'.repeat(1e6), 0]])],
    ['a key in flight since 1e300', (s) => (s.keysInFlight = [['k', 1e300]])],
    [
      'a dismissed list longer than the suggestions',
      (s) => (s.dismissed = Array.from({ length: 1000 }, () => 'x')),
    ],
  ];

  it.each(hostile)('replaces a state with %s by the default scenario and a notice', (_, edit) => {
    const storage = storageWith(edit);
    const store = new MockStore({ storage, realNow: fixedClock });
    expect(store.notice?.code).toBe('state_reset');
    // Every read that used to fail with "Invalid time value" or a duplicate id now works.
    expect(page(store).total).toBe(12);
    expect(
      store.write((world, now) => createRequest(world, fromSuggestion('dubois'), now)).id,
    ).toBe('req-n1');
  });

  it('loads a state whose every number is at its limit', () => {
    const storage = storageWith((s) => {
      s.clockOffsetDays = MAX_CLOCK_OFFSET_DAYS;
      s.searchesUsed = 5;
      s.faults = { latencyMs: 30_000, failureRate: 1 };
    });
    const store = new MockStore({ storage, realNow: fixedClock });
    expect(store.notice).toBeNull();
    expect(page(store).total).toBe(13);
  });

  it('replaces a state whose request fails validation', () => {
    const storage = storageWith((state) => {
      (state.upserts as unknown[])[0] = { customerId: 'cust-nope' };
    });
    expect(new MockStore({ storage, realNow: fixedClock }).notice?.code).toBe('state_reset');
  });

  it('resets whatever is stored, without reading it', () => {
    const storage = new MemoryStorage();
    const store = new MockStore({ storage, realNow: fixedClock });
    storage.setItem(STORAGE_KEY, '{"version":2,"clockOffsetDays":1e9');
    storage.setItem(REVISION_KEY, '99');
    store.reset();
    expect(store.world.scenario).toBe('default');
    expect(new MockStore({ storage, realNow: fixedClock }).notice).toBeNull();
  });

  it('starts the default scenario without a notice when nothing is stored', () => {
    const store = initMockStore({ storage: new MemoryStorage(), realNow: fixedClock });
    expect(store.notice).toBeNull();
    expect(getMockStore()).toBe(store);
    expect(store.world.scenario).toBe('default');
  });
});

describe('nothing acknowledged that is not saved', () => {
  it('refuses a write the storage cannot take with storage_unavailable; the world stays as stored', () => {
    const storage = new MemoryStorage();
    const store = new MockStore({ storage, realNow: fixedClock });
    store.write((world, now) => createRequest(world, fromSuggestion('angstroem'), now));
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const setItem = storage.setItem.bind(storage);
    storage.setItem = full;
    const error = expectDomainError(
      () => store.write((world, now) => createRequest(world, fromSuggestion('dubois'), now)),
      'storage_unavailable',
    );
    expect(error.status).toBe(503);
    expect(page(store).total).toBe(13);
    expect(store.world.hasRequestsTo(idOf('dubois'))).toBe(false);
    // Space again: the same change goes through, once.
    storage.setItem = setItem;
    store.write((world, now) => createRequest(world, fromSuggestion('dubois'), now));
    expect(page(new MockStore({ storage, realNow: fixedClock })).total).toBe(14);
  });

  it('a storage that takes the revision but not the state: refused, and every tab keeps the stored state', () => {
    const storage = new MemoryStorage();
    const tabA = new MockStore({ storage, realNow: fixedClock });
    const tabB = new MockStore({ storage, realNow: fixedClock });
    tabA.write((world, now) => createRequest(world, fromSuggestion('angstroem'), now));
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key === STORAGE_KEY) throw new DOMException('Full.', 'QuotaExceededError');
      setItem(key, value);
    };
    expectDomainError(
      () => tabA.write((world, now) => createRequest(world, fromSuggestion('dubois'), now)),
      'storage_unavailable',
    );
    for (const tab of [tabA, tabB]) {
      expect(tab.read((world) => world.hasRequestsTo(idOf('dubois')))).toBe(false);
      expect(tab.read((world) => world.hasRequestsTo(idOf('angstroem')))).toBe(true);
    }
  });

  it('an unexpected exception mid-change saves nothing and drops the half-done change', () => {
    const storage = new MemoryStorage();
    const store = new MockStore({ storage, realNow: fixedClock });
    const revision = storage.getItem(REVISION_KEY);
    expect(() =>
      store.write((world, now) => {
        createRequest(world, fromSuggestion('angstroem'), now);
        throw new RangeError('Invalid time value');
      }),
    ).toThrow(RangeError);
    expect(storage.getItem(REVISION_KEY)).toBe(revision);
    expect(store.world.hasRequestsTo(idOf('angstroem'))).toBe(false);
  });

  it('answers a transaction that could not be saved with storage_unavailable and reloads', async () => {
    const storage = new MemoryStorage();
    let refuse = false;
    const transactions: StorageTransactions = {
      transaction<T>(work: () => T): Promise<T> {
        // As IndexedDB does: the work ran, then the commit fails and the storage keeps the old state.
        const before = [storage.getItem(STORAGE_KEY), storage.getItem(REVISION_KEY)] as const;
        const result = work();
        if (!refuse) return Promise.resolve(result);
        if (before[0] !== null) storage.setItem(STORAGE_KEY, before[0]);
        if (before[1] !== null) storage.setItem(REVISION_KEY, before[1]);
        return Promise.reject(new StorageWriteError(new Error('QuotaExceededError')));
      },
    };
    const store = new MockStore({ storage, transactions, realNow: fixedClock });
    await store.transaction(() =>
      store.write((world, now) => createRequest(world, fromSuggestion('angstroem'), now)),
    );
    refuse = true;
    await expect(
      store.transaction(() =>
        store.write((world, now) => createRequest(world, fromSuggestion('dubois'), now)),
      ),
    ).rejects.toMatchObject({ code: 'storage_unavailable', status: 503 });
    refuse = false;
    const total = await store.transaction(() => page(store).total);
    expect(total).toBe(13);
    expect(store.world.hasRequestsTo(idOf('dubois'))).toBe(false);
  });

  it('never hands out an id in use, whatever the counter says', () => {
    const store = new MockStore({ storage: new MemoryStorage(), realNow: fixedClock });
    const first = store.write((world, now) =>
      createRequest(world, fromSuggestion('angstroem'), now),
    );
    store.write((world) => {
      world.nextRequestNumber = 1;
    });
    const second = store.write((world, now) => createRequest(world, fromSuggestion('dubois'), now));
    expect([first.id, second.id]).toEqual(['req-n1', 'req-n2']);
  });
});

describe('two tabs', () => {
  it('picks up the other tab’s writes before handling a request', () => {
    const storage = new MemoryStorage();
    const tabA = new MockStore({ storage, realNow: fixedClock });
    const tabB = new MockStore({ storage, realNow: fixedClock });
    const body = fromSuggestion('angstroem');
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
