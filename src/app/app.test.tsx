import { lazy, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { server } from '../../mocks/node';
import { renderWithProviders } from '../../tests/utils/render';
import { App } from './app';
import { afterFirstData } from './deferred';

/** How many row headers were on screen each time the page reported its first data. */
const rowsWhenReported = vi.hoisted((): number[] => []);

// deferred.ts without its 4 s fallback and idle wait, so what these tests see does not depend on
// how fast this machine renders: only the page's own report of its first data lets deferred UI in.
vi.mock('./deferred', async (importOriginal) => {
  let report: () => void = () => undefined;
  const firstData = new Promise<void>((resolve) => {
    report = resolve;
  });
  return {
    ...(await importOriginal<typeof import('./deferred')>()),
    markFirstDataShown: () => {
      rowsWhenReported.push(screen.queryAllByRole('rowheader').length);
      report();
    },
    afterFirstData: () => firstData,
    preloadAfterFirstData: (load: () => Promise<unknown>) => {
      void firstData.then(load).catch(() => undefined);
    },
  };
});

const MUELLER = 'Müller Logistik GmbH';

/** The button's chunk and messages, fetched up front: its absence is then App's doing alone. */
async function preloadDemoButton() {
  await import('../features/demo-panel');
  await import('../i18n/en/demo.json');
}

/** The table's rows, held back until the test lets them through. */
function heldRows() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get(
      '*/api/connection-rows',
      async () => {
        await released;
        // Then the mock's own answer.
        return undefined;
      },
      { once: true },
    ),
  );
  return release;
}

/** Deferred UI as the app loads it: after the first data, from the Demo button's chunk. */
const DeferredProbe = lazy(async () => {
  await afterFirstData();
  await import('../features/demo-panel');
  return { default: () => <p>Deferred UI is in</p> };
});

// A full page with MUI in jsdom on a shared 2-core machine: rendering alone takes seconds.
describe('App header', { timeout: 60_000 }, () => {
  // First in this file: the page reports its first data once per load (src/app/deferred.ts).
  it("shows the Demo button only after the page's first rows", async () => {
    await preloadDemoButton();
    const releaseRows = heldRows();
    await renderWithProviders(<App demoControls />);

    const table = await screen.findByRole('table', { name: 'Requests and suggestions' });
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(rowsWhenReported).toEqual([]);
    expect(screen.queryByRole('button', { name: /^demo/i })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Language: English' })).toBeVisible();

    releaseRows();
    expect(await screen.findByRole('button', { name: 'Demo' }, { timeout: 20_000 })).toBeVisible();
    // The page itself said so, once, with its rows on screen.
    expect(rowsWhenReported).toHaveLength(1);
    expect(rowsWhenReported[0]).toBeGreaterThan(0);
  });

  it('shows the Demo button next to the language menu once the rows are there', async () => {
    await renderWithProviders(<App demoControls />);
    const table = await screen.findByRole('table', { name: 'Requests and suggestions' });
    await within(table).findByRole('rowheader', { name: MUELLER }, { timeout: 10_000 });

    const demo = await screen.findByRole('button', { name: 'Demo' });
    const language = screen.getByRole('button', { name: 'Language: English' });
    // The language menu keeps its place at the end of the toolbar; the Demo button comes before.
    expect(demo.compareDocumentPosition(language) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(demo).toBeVisible();
  });

  it('never shows the Demo button without demo controls (a real backend)', async () => {
    await preloadDemoButton();
    await renderWithProviders(
      <>
        <App demoControls={false} />
        <Suspense fallback={null}>
          <DeferredProbe />
        </Suspense>
      </>,
    );
    const table = await screen.findByRole('table', { name: 'Requests and suggestions' });
    await within(table).findByRole('rowheader', { name: MUELLER }, { timeout: 10_000 });
    // What waits for the first data as the Demo button would is on screen: so would it be.
    expect(await screen.findByText('Deferred UI is in')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^demo/i })).not.toBeInTheDocument();
  });
});
