import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProviders } from './app/app-providers';
import { setBackendReady } from './app/backend';
import { refetchOnBackendChanges } from './app/backend-changes';
import { config } from './app/config';
import { makeStore } from './app/store';
import { createI18n } from './i18n';

/** A worker that never activates must not leave the page loading forever. */
const MOCK_START_TIMEOUT_MS = 20_000;

/**
 * Starts the mock backend: a separate chunk, so MSW and the mock data never weigh on a build that
 * talks to a real backend. Resolves `loaded` once its start is under way (the chunk evaluated),
 * `started` once requests may go.
 */
function startMockBackend(): { loaded: Promise<unknown>; started: Promise<void> } {
  const loaded = import('../mocks/browser');
  const started = loaded.then(async ({ startBrowserMock }) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`the mock backend did not start within ${MOCK_START_TIMEOUT_MS} ms`));
      }, MOCK_START_TIMEOUT_MS);
    });
    try {
      await Promise.race([startBrowserMock(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  });
  return { loaded, started };
}

async function main() {
  const store = makeStore();
  let mockLoaded: Promise<unknown> = Promise.resolve();
  // Checked statically too: a build for a real backend leaves MSW and the mock data out entirely.
  if (!import.meta.env.VITE_API_BASE_URL && config.mocking) {
    // The mock is one store for every tab: what another tab changes shows here too.
    refetchOnBackendChanges(store.dispatch);
    const { loaded, started } = startMockBackend();
    started.catch((error: unknown) => {
      console.error('The mock backend could not start.', error);
    });
    // Requests wait for it (src/app/backend.ts); the app renders meanwhile, not after.
    setBackendReady(started);
    mockLoaded = loaded.catch(() => undefined);
  }
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // The first render waits for the mock's chunk (preloaded by index.html), not for its start: the
  // start is mostly waiting on IndexedDB and the service worker, which then happens during the
  // render instead of after it.
  const [i18n] = await Promise.all([createI18n(), mockLoaded]);
  root.render(
    <StrictMode>
      <AppProviders store={store} i18n={i18n}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const el = document.getElementById('root');
  if (el) {
    el.textContent = `The app could not start: ${message}`;
    el.setAttribute('role', 'alert');
  }
});
