#!/usr/bin/env node
/**
 * `npm run bench`: builds the app and the floor fixture with Vite's JS API, serves both with
 * `vite preview`, and measures them side by side in headless Debian Chromium — the JavaScript
 * fetched before the first rows, cold loads to the first rows, and on 10,000 rows a click on
 * next page and on a sort header to the paint that shows the new rows — then times the mock
 * backend in Node. Prints medians and spreads, the ratios against the floor and a verdict.
 *
 * Environment: BENCH_RUNS (cold loads of each page, default 7, at least 5), BENCH_ROUNDS (rounds
 * of CLICKS_PER_ROUND clicks of each kind on each page, the pages taking turns; default 12, at
 * least 10, so 24 and at least 20 clicks of each kind), BENCH_PROFILE (N: also trace N next-page
 * and N sort clicks on each page and say where their time goes), CHROMIUM_PATH. Plain .mjs on purpose: Node 20 runs it as is; the TypeScript parts
 * go through Vite.
 *
 * This file runs the steps in order. The measures: builds.mjs (the two pages), pages.mjs (cold
 * loads), large-table.mjs (clicks on 10,000 rows), profile.mjs (BENCH_PROFILE); report.mjs prints
 * them; settings.mjs holds the environment's settings and the targets.
 */
import os from 'node:os';
import path from 'node:path';
import { runnerImport } from 'vite';
import { chromium } from 'playwright-core';
import { buildApp, buildFloor, muiModulesOf, serve } from './builds.mjs';
import { gzipSize } from './chunks.mjs';
import { largeTables } from './large-table.mjs';
import { coldLoad } from './pages.mjs';
import { report } from './report.mjs';
import {
  appOut,
  CLICKS_PER_ROUND,
  floorI18nOut,
  floorOut,
  here,
  log,
  root,
  ROUNDS,
  RUNS,
} from './settings.mjs';

async function main() {
  const started = Date.now();
  log(
    `load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} on ${os.cpus().length} CPUs`,
  );
  log('building the app…');
  const app = await buildApp();
  const muiModules = muiModulesOf(app.initial);
  log(`building the floor (${muiModules.length} MUI modules from the app's initial chunks)…`);
  const floor = await buildFloor(muiModules);
  // Built, not loaded: the floor fetches all its chunks before its rows (index + mock), so
  // their gzip sizes are its bytes before first rows.
  const floorI18n = await buildFloor(muiModules, { withI18n: true });
  const floorI18nBytes = floorI18n.output
    .filter((item) => item.type === 'chunk')
    .reduce((sum, chunk) => sum + gzipSize(path.join(floorI18nOut, chunk.fileName)), 0);

  log('timing the mock backend…');
  const { module: mockBench } = await runnerImport(path.join(here, 'mock-backend.ts'), {
    root,
    configFile: false,
    logLevel: 'error',
  });
  const mock = mockBench.benchMockBackend(Number(process.env.BENCH_MOCK_CALLS ?? 2000));

  const appServer = await serve(appOut);
  const floorServer = await serve(floorOut);
  // The same Debian Chromium and flags as every browser test here (tests/support/chromium.ts).
  const { module: support } = await runnerImport(path.join(root, 'tests/support/chromium.ts'), {
    root,
    configFile: false,
    logLevel: 'error',
  });
  const browser = await chromium.launch({ ...support.chromiumLaunchOptions, headless: true });
  const loads = { app: [], floor: [] };
  let large;
  try {
    log('warm-up load of each page (not counted)…');
    await coldLoad(browser, appServer.url, appOut);
    await coldLoad(browser, floorServer.url, floorOut);
    for (let run = 0; run < RUNS; run += 1) {
      // Interleaved, so a change in machine load hits both alike.
      loads.app.push(await coldLoad(browser, appServer.url, appOut));
      loads.floor.push(await coldLoad(browser, floorServer.url, floorOut));
      log(
        `cold load ${run + 1}/${RUNS}: app ${loads.app.at(-1).ms.toFixed(0)} ms, floor ${loads.floor.at(-1).ms.toFixed(0)} ms`,
      );
    }
    log(`10,000 rows: ${ROUNDS * CLICKS_PER_ROUND} clicks of each kind on each page…`);
    large = await largeTables(browser, { app: appServer.url, floor: floorServer.url });
  } finally {
    await browser.close();
    await appServer.server.close();
    await floorServer.server.close();
  }

  report({ app, floor, floorI18nBytes, muiModules, loads, large, mock, started });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
