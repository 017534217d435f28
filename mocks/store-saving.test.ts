import { describe, expect, it } from 'vitest';
import { createRequest } from './domain/create';
import { DomainError } from './domain/errors';
import { MemoryStorage } from './memory-storage';
import {
  MockStore,
  REVISION_KEY,
  STORAGE_KEY,
  StorageWriteError,
  type StorageTransactions,
} from './store';
import { expectDomainError } from './testing/expect-domain-error';
import { fromSuggestion } from './testing/requests';
import { fixedClock, page } from './testing/stored';
import { idOf } from './testing/test-world';

describe('nothing acknowledged that is not saved', () => {
  it('refuses a write the storage cannot take with storage_unavailable; the world stays as stored', () => {
    const storage = new MemoryStorage();
    const store = new MockStore({ storage, realNow: fixedClock });
    store.write((world, now) => createRequest(world, fromSuggestion(idOf('angstroem')), now));
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const setItem = storage.setItem.bind(storage);
    storage.setItem = full;
    const error = expectDomainError(
      () => store.write((world, now) => createRequest(world, fromSuggestion(idOf('dubois')), now)),
      'storage_unavailable',
    );
    expect(error.status).toBe(503);
    expect(page(store).total).toBe(13);
    expect(store.world.hasRequestsTo(idOf('dubois'))).toBe(false);
    // Space again: the same change goes through, once.
    storage.setItem = setItem;
    store.write((world, now) => createRequest(world, fromSuggestion(idOf('dubois')), now));
    expect(page(new MockStore({ storage, realNow: fixedClock })).total).toBe(14);
  });

  it('a storage that takes the revision but not the state: refused, and every tab keeps the stored state', () => {
    const storage = new MemoryStorage();
    const tabA = new MockStore({ storage, realNow: fixedClock });
    const tabB = new MockStore({ storage, realNow: fixedClock });
    tabA.write((world, now) => createRequest(world, fromSuggestion(idOf('angstroem')), now));
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key === STORAGE_KEY) throw new DOMException('Full.', 'QuotaExceededError');
      setItem(key, value);
    };
    expectDomainError(
      () => tabA.write((world, now) => createRequest(world, fromSuggestion(idOf('dubois')), now)),
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
        createRequest(world, fromSuggestion(idOf('angstroem')), now);
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
      store.write((world, now) => createRequest(world, fromSuggestion(idOf('angstroem')), now)),
    );
    refuse = true;
    await expect(
      store.transaction(() =>
        store.write((world, now) => createRequest(world, fromSuggestion(idOf('dubois')), now)),
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
      createRequest(world, fromSuggestion(idOf('angstroem')), now),
    );
    store.write((world) => {
      world.nextRequestNumber = 1;
    });
    const second = store.write((world, now) =>
      createRequest(world, fromSuggestion(idOf('dubois')), now),
    );
    expect([first.id, second.id]).toEqual(['req-n1', 'req-n2']);
  });
});

describe('two tabs', () => {
  it('picks up the other tab’s writes before handling a request', () => {
    const storage = new MemoryStorage();
    const tabA = new MockStore({ storage, realNow: fixedClock });
    const tabB = new MockStore({ storage, realNow: fixedClock });
    const body = fromSuggestion(idOf('angstroem'));
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
