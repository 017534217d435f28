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

async function startMockBackend(): Promise<void> {
  // A separate chunk: MSW and the mock data never weigh on a build that talks to a real backend.
  const { startBrowserMock } = await import('../mocks/browser');
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
}

async function main() {
  const store = makeStore();
  // Checked statically too: a build for a real backend leaves MSW and the mock data out entirely.
  if (!import.meta.env.VITE_API_BASE_URL && config.mocking) {
    // The mock is one store for every tab: what another tab changes shows here too.
    refetchOnBackendChanges(store.dispatch);
    const starting = startMockBackend();
    starting.catch((error: unknown) => {
      console.error('The mock backend could not start.', error);
    });
    // Requests wait for it (src/app/backend.ts); the app renders meanwhile, not after.
    setBackendReady(starting);
  }
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const i18n = await createI18n();
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
