#!/usr/bin/env node
/**
 * `npm run bench`: how far the app's first rows are from the least this stack can do. Builds the
 * app and the floor fixture with Vite's JS API, serves both with `vite preview`, and measures
 * them in headless Debian Chromium, then times the mock backend in Node. Prints median and spread (min–max) over the runs, the ratios and the targets.
 *
 * Environment: BENCH_RUNS (cold loads of each page, default 7), BENCH_ROUNDS (interaction
 * rounds on the large account, default 10 → 20+ of each kind), CHROMIUM_PATH.
 * Plain .mjs on purpose: Node 20 runs it as is; the TypeScript parts go through Vite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, runnerImport } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { initialChunks, gzipSize, formatKiB } from './chunks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cache = path.join(root, 'node_modules/.cache/bench');
const appOut = path.join(cache, 'app');
const floorOut = path.join(cache, 'floor');
const floorI18nOut = path.join(cache, 'floor-i18n');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const ROUNDS = Math.max(10, Number(process.env.BENCH_ROUNDS ?? 10));
const TARGETS = { bytesRatio: 1.1, timeRatio: 1.5, interactionP95: 100, mockCall: 5 };

const log = (...args) => console.error('[bench]', ...args);

// ---------------------------------------------------------------------------------------------
// Statistics

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index];
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (values, digits = 0) =>
  `${median(values).toFixed(digits)} [${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}]`;
const verdict = (ok) => (ok ? 'MEETS' : 'MISSES');

// ---------------------------------------------------------------------------------------------
// Builds

/** MUI component and icon modules in the app's initial chunks, as `@mui/...` import paths. */
function muiModulesOf(chunks) {
  const found = new Set();
  for (const chunk of chunks) {
    for (const id of chunk.moduleIds) {
      const match =
        /node_modules\/@mui\/(material|icons-material)\/(?:esm\/)?([A-Z][A-Za-z0-9_]*)(?:\/|\.m?js$)/.exec(
          id.replaceAll('\\', '/'),
        );
      if (match) found.add(`@mui/${match[1]}/${match[2]}`);
    }
  }
  return [...found].sort();
}

function appMuiPlugin(modules) {
  const id = 'virtual:app-mui';
  return {
    name: 'bench-app-mui',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      const lines = modules.map((m, i) => `import m${i} from '${m}';`);
      const entries = modules.map((m, i) => `  ${JSON.stringify(m)}: m${i},`);
      return `${lines.join('\n')}\nexport const appMuiModules = {\n${entries.join('\n')}\n};\n`;
    },
  };
}

async function buildApp() {
  const result = await build({
    root,
    logLevel: 'warn',
    build: { outDir: appOut, emptyOutDir: true },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return { output, initial: initialChunks(output) };
}

/** `virtual:floor-i18n`: the floor's texts plain, or through i18next + react-i18next. */
function floorI18nPlugin(withI18n) {
  const file = path.join(here, 'floor', withI18n ? 'i18n.ts' : 'no-i18n.ts');
  return {
    name: 'bench-floor-i18n',
    resolveId: (source) => (source === 'virtual:floor-i18n' ? file : null),
  };
}

async function buildFloor(muiModules, { withI18n = false } = {}) {
  const result = await build({
    root: path.join(here, 'floor'),
    configFile: false,
    logLevel: 'warn',
    publicDir: path.join(root, 'public'),
    plugins: [react(), appMuiPlugin(muiModules), floorI18nPlugin(withI18n)],
    build: { outDir: withI18n ? floorI18nOut : floorOut, emptyOutDir: true, target: 'es2022' },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return { output, initial: initialChunks(output) };
}

async function serve(outDir) {
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

// ---------------------------------------------------------------------------------------------
// In the page: first rows, after-paint timestamps and table updates

const TABLE = 'table[aria-labelledby="requests-heading"]';

/** Installed before any page script. Times are performance.now(): ms since navigation start. */
function pageProbe(tableSelector) {
  const bench = {};
  window.__bench = bench;
  // The frame that shows a change: its rAF, then a task after that frame's paint.
  const afterPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(0);
    });
  const firstRowSelector = `${tableSelector} tbody th[scope="row"]`;
  bench.firstRows = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(firstRowSelector)) return;
      observer.disconnect();
      const inDom = performance.now();
      afterPaint((painted) => {
        const js = performance
          .getEntriesByType('resource')
          .filter((entry) => {
            const { pathname } = new URL(entry.name);
            return /\.m?js$/.test(pathname) && !pathname.endsWith('mockServiceWorker.js');
          })
          .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime }));
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        resolve({ inDom, painted, fcp, js });
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });

  // Interactions: time from the click event (its hardware timestamp) to the next paint, and to
  // the paint that shows the updated table (rows changed, no longer busy).
  bench.lastInput = 0;
  bench.nextPaint = null;
  window.addEventListener(
    'click',
    (event) => {
      bench.lastInput = event.timeStamp;
      bench.nextPaint = null;
      afterPaint((at) => {
        bench.nextPaint = at - event.timeStamp;
      });
    },
    true,
  );
  bench.signature = () => {
    const table = document.querySelector(tableSelector);
    if (!table) return '';
    const rows = [...table.querySelectorAll('tbody tr')];
    const shown = table.closest('section')?.querySelector('.MuiTablePagination-displayedRows');
    return `${rows.length}|${rows
      .slice(0, 3)
      .map((row) => row.textContent)
      .join('|')}|${shown?.textContent ?? ''}`;
  };
  bench.apiCalls = () =>
    performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/connection-rows'))
      .length;
  bench.waitUpdate = (before) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`table did not update: ${before}`));
      }, 30_000);
      const check = () => {
        const table = document.querySelector(tableSelector);
        if (!table || table.getAttribute('aria-busy') === 'true') return;
        if (!table.querySelector('tbody th[scope="row"]') || bench.signature() === before) return;
        observer.disconnect();
        clearTimeout(timer);
        afterPaint((at) => {
          // The next paint may still be pending when the update lands in the same frame.
          const next = bench.nextPaint ?? at - bench.lastInput;
          resolve({ updated: at - bench.lastInput, nextPaint: next });
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
      check();
    });
}

async function newPage(browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    serviceWorkers: 'allow',
  });
  await context.addInitScript(pageProbe, TABLE);
  const page = await context.newPage();
  return { context, page };
}

async function firstRows(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(() => window.__bench.firstRows);
}

/** A cold load: new context (empty cache, service worker installed on the way). */
async function coldLoad(browser, url, outDir) {
  const { context, page } = await newPage(browser);
  try {
    const result = await firstRows(page, url);
    const before = result.js.filter((entry) => entry.start <= result.painted);
    const files = [...new Set(before.map((entry) => entry.path))];
    const gzip = files.reduce((sum, file) => sum + gzipSize(path.join(outDir, file)), 0);
    return { ms: result.painted, inDomMs: result.inDom, fcp: result.fcp, gzip, files };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The large account

async function largeAccount(browser, url) {
  const { context, page } = await newPage(browser);
  const section = page.locator('section[aria-labelledby="requests-heading"]');
  const samples = { sort: [], filter: [], nextPage: [], nameFilter: [] };
  let cached = 0;

  async function measure(kind, act) {
    const before = await page.evaluate(() => window.__bench.signature());
    const calls = await page.evaluate(() => window.__bench.apiCalls());
    const waiting = page.evaluate((b) => window.__bench.waitUpdate(b), before);
    await act();
    const result = await waiting;
    if ((await page.evaluate(() => window.__bench.apiCalls())) === calls) cached += 1;
    samples[kind].push(result);
  }

  try {
    await firstRows(page, url);
    await page.evaluate(async () => {
      const response = await fetch('/api/demo/scenario', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'large-account' }),
      });
      if (!response.ok) throw new Error(`scenario: HTTP ${response.status}`);
    });
    const load = await firstRows(page, url);
    const total = await section.locator('.MuiTablePagination-displayedRows').textContent();

    const head = section.locator(`${TABLE} thead`);
    const statusOptions = ['Suggested', 'Pending', 'Expired', 'Approved', 'Rejected', 'Withdrawn'];
    const names = ['a', 'e', 'n', 'r', 'i', 'o', 's', 't', 'l', 'u', 'm', 'd'];
    for (let round = 0; round < ROUNDS; round += 1) {
      // A new name filter per round, so the sorts and filters below are never cache hits.
      const name = section.getByRole('searchbox', { name: 'Filter by customer name' });
      await measure('nameFilter', async () => {
        await name.click();
        await name.fill(names[round % names.length]);
      });
      await measure('sort', () => head.getByRole('button', { name: 'Customer' }).click());
      await measure('sort', () => head.getByRole('button', { name: 'Customer' }).click());
      await measure('sort', () => head.getByRole('button', { name: 'Status' }).click());
      await measure('nextPage', () => section.getByRole('button', { name: /next page/i }).click());
      await measure('nextPage', () => section.getByRole('button', { name: /next page/i }).click());
      for (const option of [statusOptions[round % statusOptions.length], 'All']) {
        await section.getByRole('combobox', { name: 'Filter by status' }).click();
        await measure('filter', () =>
          page.getByRole('option', { name: option, exact: true }).click(),
        );
        await page.getByRole('listbox').waitFor({ state: 'detached' });
      }
    }

    const dom = await page.evaluate(
      (table) => ({
        rows: document.querySelectorAll(`${table} tbody tr`).length,
        elements: document.getElementsByTagName('*').length,
      }),
      TABLE,
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return { loadMs: load.painted, total, samples, cached, dom, heap };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Main

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
    log(`large account: ${ROUNDS} rounds of interactions…`);
    large = await largeAccount(browser, appServer.url);
  } finally {
    await browser.close();
    await appServer.server.close();
    await floorServer.server.close();
  }

  report({ app, floor, floorI18nBytes, muiModules, loads, large, mock, started });
}

function chunkTable(label, output, initial, outDir) {
  const initialNames = new Set(initial.map((chunk) => chunk.fileName));
  const rows = output
    .filter((item) => item.type === 'chunk')
    .map((chunk) => ({
      name: chunk.fileName,
      gzip: gzipSize(path.join(outDir, chunk.fileName)),
      initial: initialNames.has(chunk.fileName),
      modules: chunk.moduleIds.map((id) =>
        id.replace(/^.*node_modules\//, '').replace(`${root}/`, ''),
      ),
    }))
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  const lines = [`${label} chunks (gzip; * = loaded by index.html):`];
  for (const row of rows) {
    const own = row.modules.filter((m) => !m.startsWith('\0') && /^(src|mocks|tests)\//.test(m));
    const hint =
      own.length > 0
        ? own.slice(0, 3).join(', ') + (own.length > 3 ? ', …' : '')
        : row.modules.slice(0, 2).join(', ');
    lines.push(
      `  ${row.initial ? '*' : ' '} ${formatKiB(row.gzip).padStart(10)}  ${row.name.padEnd(40)} ${hint}`,
    );
  }
  return lines.join('\n');
}

function report({ app, floor, floorI18nBytes, muiModules, loads, large, mock, started }) {
  const out = [];
  const line = (text = '') => out.push(text);
  const appBytes = loads.app.map((r) => r.gzip);
  const floorBytes = loads.floor.map((r) => r.gzip);
  const appMs = loads.app.map((r) => r.ms);
  const floorMs = loads.floor.map((r) => r.ms);
  const bytesRatio = median(appBytes) / median(floorBytes);
  const timeRatio = median(appMs) / median(floorMs);
  const pairRatios = appMs.map((ms, i) => ms / floorMs[i]);

  line('== Performance benchmark: the app against the floor of its stack ==');
  line(
    `Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, ${RUNS} cold loads per page (new context each), Node ${process.version}`,
  );
  line(
    `load average at the end: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (${os.cpus().length} CPUs)`,
  );
  line('Figures: median [min–max] over the runs.');
  line();
  line(
    '1. JS fetched before the first table rows are painted (gzip -9 of the files the browser requested)',
  );
  line(
    `   app   ${formatKiB(median(appBytes))} [${formatKiB(Math.min(...appBytes))}–${formatKiB(Math.max(...appBytes))}]  ${loads.app[0].files.length} files`,
  );
  line(
    `   floor ${formatKiB(median(floorBytes))} [${formatKiB(Math.min(...floorBytes))}–${formatKiB(Math.max(...floorBytes))}]  ${loads.floor[0].files.length} files`,
  );
  line(
    `   ratio ${bytesRatio.toFixed(3)}  (target ≤ ${TARGETS.bytesRatio})  ${verdict(bytesRatio <= TARGETS.bytesRatio)}`,
  );
  line(
    `   for scale: the floor with i18next + react-i18next added is ${formatKiB(floorI18nBytes)} (+${formatKiB(floorI18nBytes - median(floorBytes))}); the app against it: ${(median(appBytes) / floorI18nBytes).toFixed(3)}`,
  );
  line(`   app files:   ${loads.app[0].files.join(' ')}`);
  line(`   floor files: ${loads.floor[0].files.join(' ')}`);
  line();
  line(
    '2. Navigation start → first table rows painted (cold: empty cache, service worker installs)',
  );
  line(
    `   app   ${spread(appMs)} ms   (rows in DOM ${spread(loads.app.map((r) => r.inDomMs))} ms)`,
  );
  line(
    `   floor ${spread(floorMs)} ms   (rows in DOM ${spread(loads.floor.map((r) => r.inDomMs))} ms)`,
  );
  line(
    `   ratio ${timeRatio.toFixed(2)} (of medians; per-run pairs ${spread(pairRatios, 2)})  (target ≤ ${TARGETS.timeRatio})  ${verdict(timeRatio <= TARGETS.timeRatio)}`,
  );
  line();
  line(`3. Large account (${large.total?.trim()}), input → paint, ms`);
  line(`   first rows after reload: ${large.loadMs.toFixed(0)} ms`);
  // The target is input → next paint (the paint that answers the input: sort arrow, page
  // number, busy bar): what the user sees react. The paint that shows the new rows is reported
  // beside it.
  let worstP95 = 0;
  let worstUpdatedP95 = 0;
  for (const [kind, label] of [
    ['sort', 'sort (column header)'],
    ['filter', 'filter (status option)'],
    ['nextPage', 'next page'],
    ['nameFilter', 'name filter (typed; incl. the 300 ms debounce)'],
  ]) {
    const updated = large.samples[kind].map((s) => s.updated);
    const next = large.samples[kind].map((s) => s.nextPaint);
    if (kind !== 'nameFilter') {
      worstP95 = Math.max(worstP95, quantile(next, 0.95));
      worstUpdatedP95 = Math.max(worstUpdatedP95, quantile(updated, 0.95));
    }
    line(
      `   ${label.padEnd(48)} n=${String(updated.length).padStart(2)}  next paint p50 ${quantile(next, 0.5).toFixed(0).padStart(4)} p95 ${quantile(next, 0.95).toFixed(0).padStart(4)} | updated rows p50 ${quantile(updated, 0.5).toFixed(0).padStart(4)} p95 ${quantile(updated, 0.95).toFixed(0).padStart(4)} max ${Math.max(...updated).toFixed(0)}`,
    );
  }
  line(
    `   worst p95 input → next paint (sort/filter/next page): ${worstP95.toFixed(0)} ms (target ≤ ${TARGETS.interactionP95})  ${verdict(worstP95 <= TARGETS.interactionP95)}`,
  );
  line(
    `   worst p95 input → updated rows painted: ${worstUpdatedP95.toFixed(0)} ms (not a target; includes the mock's service-worker round trip)`,
  );
  line(`   interactions answered from RTK Query's cache (no request): ${large.cached}`);
  line(
    `   rows in the requests table: ${large.dom.rows} (one page: ${verdict(large.dom.rows <= 25)}); DOM elements ${large.dom.elements}`,
  );
  line(
    `   JS heap after GC: ${(large.heap.usedSize / 2 ** 20).toFixed(1)} MiB used of ${(large.heap.totalSize / 2 ** 20).toFixed(1)} MiB`,
  );
  line();
  line(
    `4. Mock backend in Node at ${mock.requests} requests, catalogue of ${mock.catalogue} customers (ms per call)`,
  );
  line(`   generating + indexing the scenario once: ${mock.loadScenarioMs.toFixed(0)} ms`);
  let worstMock = 0;
  for (const t of mock.timings) {
    worstMock = Math.max(worstMock, t.p50);
    line(
      `   ${t.label.padEnd(52)} n=${t.calls}  p50 ${t.p50.toFixed(3)}  p95 ${t.p95.toFixed(3)}  max ${t.max.toFixed(1)}`,
    );
  }
  line(
    `   worst median per call: ${worstMock.toFixed(3)} ms (target ≤ ${TARGETS.mockCall})  ${verdict(worstMock <= TARGETS.mockCall)}`,
  );
  line();
  line(chunkTable('App', app.output, app.initial, appOut));
  line();
  line(chunkTable('Floor', floor.output, floor.initial, floorOut));
  line();
  line(`Floor MUI modules (from the app's initial chunks): ${muiModules.join(' ')}`);
  line(`bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const text = out.join('\n');
  console.log(text);
  fs.mkdirSync(cache, { recursive: true });
  fs.writeFileSync(path.join(cache, 'last-report.txt'), `${text}\n`);
  fs.writeFileSync(
    path.join(cache, 'last-results.json'),
    JSON.stringify({ loads, large, mock, loadavg: os.loadavg() }, null, 1),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
