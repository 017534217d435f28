/** The benchmark's report: each measure against the floor, the chunks, and the verdict. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatKiB, gzipSize } from './chunks.mjs';
import { formatProfile } from './profile-report.mjs';
import {
  appOut,
  cache,
  CLICKS_PER_ROUND,
  floorOut,
  PAUSE_MS,
  PROFILE_CLICKS,
  root,
  RUNS,
  TARGETS,
} from './settings.mjs';
import { median, quantile, spread, verdict } from './stats.mjs';

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

export function report({ app, floor, floorI18nBytes, muiModules, loads, large, mock, started }) {
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
