import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { initMockStore } from './store';

/** Where index.html's early script registers the worker (see vite.config.ts). */
export const MOCK_WORKER_URL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;

/** How long a just-activated worker may take to claim this page (it claims on activation). */
const CLAIM_WAIT_MS = 1000;

/**
 * The worker registered early by index.html (issue 8) must control this page before MSW starts:
 * MSW reloads a page that has a registration but no controller. The worker claims its clients
 * when it activates, so this waits for that; a page the worker will never claim (a hard reload
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
 * Starts the mock backend in the browser: state persisted in localStorage (survives reloads,
 * shared by tabs), requests the mock does not know (assets, Vite) pass through untouched.
 */
export async function startBrowserMock(): Promise<void> {
  initMockStore({ storage: window.localStorage });
  const worker = setupWorker(...handlers);
  if ('serviceWorker' in navigator) await whenEarlyWorkerControls();
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: MOCK_WORKER_URL },
  });
}
