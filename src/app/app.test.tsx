import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { server } from '../../mocks/node';
import { neverResponding } from '../../mocks/scenarios';
import { renderWithProviders } from '../../tests/utils/render';
import { App } from './app';
import { markFirstDataShown } from './deferred';

// deferred.ts without its 4 s fallback and idle wait, so what these tests see does not depend on
// how fast this machine renders: only the page's report of its first data lets deferred UI in.
vi.mock('./deferred', async (importOriginal) => {
  let report: () => void = () => undefined;
  const firstData = new Promise<void>((resolve) => {
    report = resolve;
  });
  return {
    ...(await importOriginal<typeof import('./deferred')>()),
    markFirstDataShown: () => report(),
    afterFirstData: () => firstData,
    preloadAfterFirstData: (load: () => Promise<unknown>) => {
      void firstData.then(load).catch(() => undefined);
    },
  };
});

const MUELLER = 'Müller Logistik GmbH';

/** Long enough for an already-downloaded Demo button to render, had App not waited. */
function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The button's chunk and messages, fetched up front: its absence is then App's doing alone. */
async function preloadDemoButton() {
  await import('../features/demo-panel');
  await import('../i18n/en/demo.json');
}

// A full page with MUI in jsdom on a shared 2-core machine: rendering alone takes seconds.
describe('App header', { timeout: 60_000 }, () => {
  // First in this file: the page reports its first data once per load (src/app/deferred.ts).
  it("shows the Demo button only after the page's first data", async () => {
    await preloadDemoButton();
    server.use(neverResponding('get', '/api/connection-rows'));
    await renderWithProviders(<App demoControls />);

    const table = await screen.findByRole('table', { name: 'Requests and suggestions' });
    expect(table).toHaveAttribute('aria-busy', 'true');
    await settle();
    expect(screen.queryByRole('button', { name: /^demo/i })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Language: English' })).toBeVisible();

    // What the page reports once its rows (or an empty state, or an error) are on screen.
    markFirstDataShown();
    expect(await screen.findByRole('button', { name: 'Demo' })).toBeVisible();
  });

  it('shows the Demo button next to the language menu once the rows are there', async () => {
    await renderWithProviders(<App demoControls />);
    const table = await screen.findByRole('table', { name: 'Requests and suggestions' });
    await within(table).findByRole('rowheader', { name: MUELLER }, { timeout: 10_000 });
    markFirstDataShown();

    const demo = await screen.findByRole('button', { name: 'Demo' });
    const language = screen.getByRole('button', { name: 'Language: English' });
    // The language menu keeps its place at the end of the toolbar; the Demo button comes before.
    expect(demo.compareDocumentPosition(language) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(demo).toBeVisible();
  });

  it('never shows the Demo button without demo controls (a real backend)', async () => {
    await preloadDemoButton();
    await renderWithProviders(<App demoControls={false} />);
    const table = await screen.findByRole('table', { name: 'Requests and suggestions' });
    await within(table).findByRole('rowheader', { name: MUELLER }, { timeout: 10_000 });
    markFirstDataShown();
    await settle();
    expect(screen.queryByRole('button', { name: /^demo/i })).not.toBeInTheDocument();
  });
});
