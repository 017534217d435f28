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
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, runnerImport } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { initialChunks, gzipSize, formatKiB } from './chunks.mjs';
import { pageProbe } from './page-probe.mjs';
import { profileClicks, formatProfile } from './profile.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cache = path.join(root, 'node_modules/.cache/bench');
const appOut = path.join(cache, 'app');
const floorOut = path.join(cache, 'floor');
const floorI18nOut = path.join(cache, 'floor-i18n');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const ROUNDS = Math.max(10, Number(process.env.BENCH_ROUNDS ?? 12));
/** Clicks of one kind on one page before the other page takes its turn. */
const CLICKS_PER_ROUND = 2;
const PROFILE_CLICKS = Math.max(0, Number(process.env.BENCH_PROFILE ?? 0));
/** The pause after each click's new rows are painted, before the next click. */
const PAUSE_MS = 250;
const TARGETS = {
  bytesRatio: 1.0,
  coldLoadRatio: 1.2,
  rowsRatio: 1.2,
  inputPaintP95: 100,
  mockCall: 5,
};

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
    build: {
      outDir: withI18n ? floorI18nOut : floorOut,
      emptyOutDir: true,
      target: 'es2022',
      // As the app's: the profile reads them, and both pay the same sourceMappingURL comment.
      sourcemap: true,
    },
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
// Pages

const TABLE = 'table[aria-labelledby="requests-heading"]';

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
// 10,000 rows: click → the paint that shows the new rows

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
async function largeTables(browser, urls) {
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
    log(`10,000 rows: ${ROUNDS * CLICKS_PER_ROUND} clicks of each kind on each page…`);
    large = await largeTables(browser, { app: appServer.url, floor: floorServer.url });
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
  const verdicts = [];
  const judge = (label, value, target, text) => {
    verdicts.push({ label, value, target, ok: value <= target, text });
    return `(target ≤ ${target})  ${verdict(value <= target)}`;
  };

  line('== Performance benchmark: the app against the floor ==');
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
    `   ratio ${bytesRatio.toFixed(3)}  ${judge('bytes before first rows', bytesRatio, TARGETS.bytesRatio, `${formatKiB(median(appBytes))} / ${formatKiB(median(floorBytes))}`)}`,
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
    `   ratio ${timeRatio.toFixed(2)} (of medians; per-run pairs ${spread(pairRatios, 2)})  ${judge('cold load to first rows', timeRatio, TARGETS.coldLoadRatio, `${median(appMs).toFixed(0)} / ${median(floorMs).toFixed(0)} ms`)}`,
  );
  line();
  line(
    `3. 10,000 rows (app: ${large.app.total}; floor: ${large.floor.total}): click → the paint that shows the new rows, ms`,
  );
  line(
    `   ${PAUSE_MS} ms pause after each click; the pages take turns of ${CLICKS_PER_ROUND} clicks.`,
  );
  line(
    '   next page: always a page not shown before; sort: the Customer header, toggling between two first pages',
  );
  line('   (after two uncounted clicks that fetch them). "cached": clicks that sent no request.');
  let worstInputP95 = 0;
  for (const [kind, label] of [
    ['nextPage', 'next page'],
    ['sort', 'sort'],
  ]) {
    const stats = {};
    for (const name of ['app', 'floor']) {
      const samples = large[name].samples[kind];
      const rows = samples.map((s) => s.rows);
      const inDom = samples.map((s) => s.inDom);
      const next = samples.map((s) => s.nextPaint);
      stats[name] = { p50: quantile(rows, 0.5), p95: quantile(rows, 0.95) };
      if (name === 'app') worstInputP95 = Math.max(worstInputP95, quantile(next, 0.95));
      const ms = (value) => value.toFixed(0).padStart(4);
      line(
        `   ${label.padEnd(9)} ${name.padEnd(5)} n=${rows.length}  new rows painted p50 ${ms(stats[name].p50)} p95 ${ms(stats[name].p95)} max ${ms(Math.max(...rows))}` +
          ` | in DOM p50 ${ms(quantile(inDom, 0.5))} | click's next paint p50 ${ms(quantile(next, 0.5))} p95 ${ms(quantile(next, 0.95))}` +
          ` | cached ${samples.filter((s) => s.cached).length}`,
      );
    }
    for (const q of ['p50', 'p95']) {
      const ratio = stats.app[q] / stats.floor[q];
      line(
        `   ${`${label} ${q}`.padEnd(15)} ratio ${ratio.toFixed(2)}  ${judge(`${label} ${q}, new rows`, ratio, TARGETS.rowsRatio, `${stats.app[q].toFixed(0)} / ${stats.floor[q].toFixed(0)} ms`)}`,
      );
    }
  }
  line(
    `   app, worst p95 click → its own next paint: ${worstInputP95.toFixed(0)} ms (target ≤ ${TARGETS.inputPaintP95})  ${verdict(worstInputP95 <= TARGETS.inputPaintP95)}`,
  );
  for (const name of ['app', 'floor']) {
    const { dom, heap } = large[name];
    line(
      `   ${name.padEnd(5)} rows in the table ${dom.rows}, DOM elements ${dom.elements}, JS heap after GC ${(heap.usedSize / 2 ** 20).toFixed(1)} MiB`,
    );
  }
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
  if (large.app.profile) {
    line();
    line(
      `5. Where one click's time goes (BENCH_PROFILE=${PROFILE_CLICKS}; traces in ${path.relative(root, cache)}/)`,
    );
    for (const name of ['app', 'floor']) line(formatProfile(name, large[name].profile));
  }
  line();
  line(chunkTable('App', app.output, app.initial, appOut));
  line();
  line(chunkTable('Floor', floor.output, floor.initial, floorOut));
  line();
  line(`Floor MUI modules (from the app's initial chunks): ${muiModules.join(' ')}`);
  line();
  line('== Verdict: the app against the floor ==');
  for (const v of verdicts) {
    line(
      `   ${v.label.padEnd(28)} ${v.value.toFixed(2).padStart(5)}×  (${v.text}; target ≤ ${v.target.toFixed(2)})  ${verdict(v.ok)}`,
    );
  }
  const missed = verdicts.filter((v) => !v.ok).length;
  line(
    `   ${missed === 0 ? 'every target met' : `${missed} of ${verdicts.length} targets missed`}; load average now ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} — timings hold only on an idle machine`,
  );
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
