import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { config } from './app/config';
import { makeStore } from './app/store';
import { createI18n } from './i18n';

async function startMockBackend() {
  // Checked statically too: a build for a real backend leaves MSW and the mock data out entirely.
  if (import.meta.env.VITE_API_BASE_URL || !config.mocking) return;
  // A separate chunk: MSW and the mock data never weigh on a build that talks to a real backend.
  const { startBrowserMock } = await import('../mocks/browser');
  await startBrowserMock();
}

async function main() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const [i18n] = await Promise.all([createI18n(), startMockBackend()]);
  root.render(
    <StrictMode>
      <AppProviders store={makeStore()} i18n={i18n}>
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
