import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { initMockStore } from './store';

/**
 * Starts the mock backend in the browser: state persisted in localStorage (survives reloads,
 * shared by tabs), requests the mock does not know (assets, Vite) pass through untouched.
 */
export async function startBrowserMock(): Promise<void> {
  initMockStore({ storage: window.localStorage });
  const worker = setupWorker(...handlers);
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
