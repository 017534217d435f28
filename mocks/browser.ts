import { setupWorker } from 'msw/browser';
import { backendChangesChannel } from '../src/app/backend-changes';
import { IndexedDbStorage } from './browser-storage';
import { handlers } from './handlers';
import { initMockStore, REVISION_KEY, STATE_RESET_NOTICE, type MockStore } from './store';

/** Where builds before IndexedDB kept the state; they are removed, with a notice. */
const LEGACY_LOCAL_STORAGE_KEYS = [
  'connection-requests.mock-state.v1',
  'connection-requests.mock-revision.v1',
];

/** Where index.html's early script registers the worker (see vite.config.ts). */
const MOCK_WORKER_URL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;

/** How long a just-activated worker may take to claim this page (it claims on activation). */
const CLAIM_WAIT_MS = 1000;

/**
 * The worker index.html registers early, so it installs while the app downloads, must control
 * this page before MSW starts: MSW reloads a page that has a registration but no controller.
 * The worker claims its clients when it activates, so this waits for that; a page the worker will never claim (a hard reload
 * bypasses it) goes on after a second and MSW's own reload applies, as without the early start.
 */
async function whenEarlyWorkerControls(): Promise<void> {
  const container = navigator.serviceWorker;
  // A function: the controller changes under us while this awaits.
  const controlled = () => container.controller !== null;
  if (controlled()) return;
  const registration = await container.getRegistration(MOCK_WORKER_URL);
  if (registration === undefined) return;
  await container.ready;
  if (controlled()) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, CLAIM_WAIT_MS);
    container.addEventListener('controllerchange', done);
  });
}

/**
 * The store every tab shares: in IndexedDB, each call one transaction (mocks/browser-storage.ts),
 * and every saved change announced to the other tabs, which refetch. Where IndexedDB cannot be
 * opened, localStorage keeps the state across reloads, without transactions across tabs.
 */
async function startSharedStore(): Promise<MockStore> {
  let storage: IndexedDbStorage;
  try {
    storage = await IndexedDbStorage.open({
      revisionKey: REVISION_KEY,
      onCommitted: () => {
        backendChangesChannel()?.postMessage('changed');
      },
    });
  } catch (error) {
    console.warn('The mock backend keeps its state in localStorage: no IndexedDB.', error);
    return initMockStore({ storage: window.localStorage });
  }
  return storage.transaction(() => initMockStore({ storage, transactions: storage }));
}

/** Drops what earlier builds kept in localStorage, and says that it was not carried over. */
function dropLegacyState(store: MockStore): void {
  const { localStorage } = window;
  if (LEGACY_LOCAL_STORAGE_KEYS.every((key) => localStorage.getItem(key) === null)) return;
  for (const key of LEGACY_LOCAL_STORAGE_KEYS) localStorage.removeItem(key);
  store.notice ??= STATE_RESET_NOTICE;
}

/**
 * Starts the mock backend in the browser: state persisted in IndexedDB (survives reloads,
 * one store for every tab), requests the mock does not know (assets, Vite) pass through
 * untouched.
 */
export async function startBrowserMock(): Promise<void> {
  // The store (IndexedDB) and the worker start side by side, not one after the other: the app's
  // requests wait for both (src/app/backend.ts), so no handler runs before the store is read.
  const store = startSharedStore().then(dropLegacyState);
  // Awaited below; until then a failure must not show as unhandled.
  store.catch(() => undefined);
  const worker = setupWorker(...handlers);
  if ('serviceWorker' in navigator) await whenEarlyWorkerControls();
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: MOCK_WORKER_URL },
  });
  await store;
}
