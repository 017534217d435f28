/**
 * 10,000 rows: a click on next page or on a sort header, measured in the page to the paint that
 * shows the new rows, on the app and the floor in turns (and, with BENCH_PROFILE, traced).
 */
import path from 'node:path';
import { firstRows, newPage, TABLE } from './pages.mjs';
import { profileClicks } from './profile.mjs';
import {
  appOut,
  cache,
  CLICKS_PER_ROUND,
  floorOut,
  log,
  PAUSE_MS,
  PROFILE_CLICKS,
  root,
  ROUNDS,
} from './settings.mjs';

/**
 * A page showing 10,000 rows, ready to be clicked: the app with its large-account scenario
 * loaded (through the demo API, then reloaded), the floor as it starts. Waits until the page
 * is quiet (lazy chunks, prefetches), so the first click does not share the CPU with them.
 */
async function openLargeTable(browser, url, { app }) {
  const { context, page } = await newPage(browser);
  await firstRows(page, url);
  if (app) {
    await page.evaluate(async () => {
      const response = await fetch('/api/demo/scenario', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'large-account' }),
      });
      if (!response.ok) throw new Error(`scenario: HTTP ${response.status}`);
    });
    await firstRows(page, url);
  }
  await page.waitForLoadState('networkidle');
  const total = await page.locator('.MuiTablePagination-displayedRows').first().textContent();
  const controls = {
    nextPage: page.getByRole('button', { name: /next page/i }).first(),
    sort: page.locator(`${TABLE} thead`).getByRole('button', { name: 'Customer' }),
  };
  return {
    context,
    page,
    total: total?.trim() ?? '',
    controls,
    samples: { nextPage: [], sort: [] },
  };
}

/**
 * One click, measured in the page: from the click event to the paint that shows rows other than
 * before, to the click's own next paint, and whether it sent a request (or RTK Query had the
 * page already); then the pause.
 */
async function measureClick(table, kind) {
  const { page } = table;
  const before = await page.evaluate(() => window.__bench.rowNames());
  const requests = await page.evaluate(() => window.__bench.rowRequests());
  const waiting = page.evaluate((names) => window.__bench.waitRows(names), before);
  await table.controls[kind].click();
  const result = await waiting;
  const sent = (await page.evaluate(() => window.__bench.rowRequests())) > requests;
  await page.waitForTimeout(PAUSE_MS);
  return { ...result, cached: !sent };
}

/**
 * Next page, then sort (the Customer header, toggling), on both pages in turns of
 * CLICKS_PER_ROUND clicks (app, floor, app, …), so that a change in the machine's load hits
 * both alike. Next page always goes on to a page neither has shown (the app may have
 * prefetched it); the sort toggles between two first pages, after two warm-up clicks (not
 * counted) that fetch them, as RTK Query then holds them on both pages.
 */
export async function largeTables(browser, urls) {
  const tables = {
    app: await openLargeTable(browser, urls.app, { app: true }),
    floor: await openLargeTable(browser, urls.floor, { app: false }),
  };
  try {
    for (const kind of ['nextPage', 'sort']) {
      if (kind === 'sort') {
        for (const table of Object.values(tables)) {
          await measureClick(table, 'sort');
          await measureClick(table, 'sort');
        }
      }
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const table of Object.values(tables)) {
          for (let click = 0; click < CLICKS_PER_ROUND; click += 1) {
            table.samples[kind].push(await measureClick(table, kind));
          }
        }
      }
      log(`${kind}: ${ROUNDS * CLICKS_PER_ROUND} clicks on each page`);
    }
    const result = {};
    for (const [name, table] of Object.entries(tables)) {
      const dom = await table.page.evaluate(
        (selector) => ({
          rows: document.querySelectorAll(`${selector} tbody tr`).length,
          elements: document.getElementsByTagName('*').length,
        }),
        TABLE,
      );
      const cdp = await table.context.newCDPSession(table.page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      result[name] = { total: table.total, samples: table.samples, dom, heap };
    }
    if (PROFILE_CLICKS > 0) {
      for (const [name, table] of Object.entries(tables)) {
        log(`profiling ${PROFILE_CLICKS} next-page and sort clicks on the ${name}…`);
        result[name].profile = await profileClicks(browser, table, {
          clicks: PROFILE_CLICKS,
          measureClick,
          outDir: name === 'app' ? appOut : floorOut,
          root,
          traceFile: path.join(cache, `profile-${name}.json`),
        });
      }
    }
    return result;
  } finally {
    for (const table of Object.values(tables)) await table.context.close();
  }
}
