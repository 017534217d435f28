import type { ConnectionRequestPage } from '../../src/contract';
import { createRequest } from '../domain/create';
import { listRequests } from '../domain/request-list';
import { parseListQuery } from '../domain/table-query';
import { MemoryStorage } from '../memory-storage';
import { MockStore, STORAGE_KEY } from '../store';
import { fromSuggestion } from './requests';
import { idOf } from './test-world';

/** Real time pinned, so stored dates and reloads compare exactly. */
export const fixedClock = (): number => Date.UTC(2026, 2, 1, 9, 0, 0);

/** The first 100 rows of the list as `store` answers it now. */
export function page(store: MockStore): ConnectionRequestPage {
  return store.read((world, now) =>
    listRequests(world, parseListQuery(new URLSearchParams('pageSize=100')), now),
  );
}

/** The stored state as an object, to corrupt one field of it. */
export function storedState(storage: Storage): Record<string, unknown> {
  return JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
}

/** A storage holding a valid state (one request created) with `edit` applied to it. */
export function storageWith(edit: (state: Record<string, unknown>) => void): MemoryStorage {
  const storage = new MemoryStorage();
  new MockStore({ storage, realNow: fixedClock }).write((world, now) =>
    createRequest(world, fromSuggestion(idOf('angstroem')), now),
  );
  const state = storedState(storage);
  edit(state);
  storage.setItem(STORAGE_KEY, JSON.stringify(state));
  return storage;
}
