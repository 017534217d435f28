/**
 * `BENCH_PROFILE=N npm run bench`: where the time of a click goes, from a Chromium trace of
 * each of N next-page and N sort clicks on each page (the first of each kept for DevTools).
 *
 * Between the click's dispatch and the paint that shows the new rows (the probe's marks), the
 * page's main thread is split by its innermost trace event — JavaScript, style, layout, paint
 * and compositing, garbage collection, idle (waiting: for the service worker, the network, a
 * timer or the next frame) — and its JavaScript by the V8 samples in the same trace, each
 * mapped through the build's source maps to the package or folder it comes from, and to the
 * React phase it ran in (render or commit). The requests the page sent in that time and the
 * service worker thread's busy time give the round trip through MSW.
 *
 * Here the tracing; reading a trace in profile-trace.mjs, profile-source-maps.mjs and
 * profile-click.mjs; the report's lines in profile-report.mjs.
 */
import fs from 'node:fs';
import { analyseTrace } from './profile-click.mjs';
import { symbolicator } from './profile-source-maps.mjs';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  // scriptId → URL of the scripts compiled before the trace started.
  'disabled-by-default-devtools.v8-source-rundown',
];

/**
 * Traces `clicks` next-page and `clicks` sort clicks on an open table (see run.mjs), one trace
 * per click, and returns each click's breakdown by kind. The first trace of each kind is
 * written next to `traceFile` for chrome://inspect or DevTools' Performance panel.
 */
export async function profileClicks(
  browser,
  table,
  { clicks, measureClick, outDir, root, traceFile },
) {
  const symbolicate = symbolicator(outDir, root);
  const result = { nextPage: [], sort: [] };
  for (const kind of ['nextPage', 'sort']) {
    for (let i = 0; i < clicks; i += 1) {
      await browser.startTracing(table.page, { categories: CATEGORIES });
      let measured;
      try {
        measured = await measureClick(table, kind);
      } finally {
        const buffer = await browser.stopTracing();
        if (i === 0) fs.writeFileSync(traceFile.replace(/\.json$/, `-${kind}.json`), buffer);
        const parsed = JSON.parse(buffer.toString('utf8'));
        const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
        if (measured) result[kind].push({ ...analyseTrace(events, symbolicate), click: measured });
      }
    }
  }
  return result;
}
