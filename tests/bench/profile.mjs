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
 */
import fs from 'node:fs';
import path from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

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

/** Where a JavaScript sample's time goes, by the source file of its innermost mapped frame. */
const CODE_GROUPS = [
  ['React', /node_modules\/(react|react-dom|scheduler)\//],
  ['MUI + Emotion', /node_modules\/(@mui|@emotion|@popperjs|react-transition-group|stylis|clsx)\//],
  ['RTK Query + Redux', /node_modules\/(@reduxjs|redux|react-redux|reselect|immer|redux-thunk)\//],
  ['i18next', /node_modules\/(i18next|react-i18next)/],
  [
    'MSW in the page',
    /node_modules\/(msw|@mswjs|@open-draft|headers-polyfill|strict-event-emitter|outvariant|path-to-regexp|rettime|until-async|is-node-process|set-cookie-parser|@bundled-es-modules)\//,
  ],
  ["the mock's rules and store", /(^|\/)mocks\/|tests\/bench\/floor\/mock\.ts$/],
  ['page code (src/, floor)', /(^|\/)src\/|tests\/bench\/floor\//],
  ['other libraries', /node_modules\//],
];

/** The main thread's time by its innermost trace event. */
function threadActivity(name, category) {
  if (/GC|Sweep|Scaveng|Marking|Finaliz/i.test(name) || /\bv8\.gc|blink_gc/.test(category)) {
    return 'garbage collection';
  }
  if (
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|AnimationFrame::StyleAndLayout)$/.test(
      name,
    )
  ) {
    return 'style';
  }
  if (/^(Layout|UpdateLayerTree)$/.test(name)) return 'layout';
  if (
    /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|PaintImage|Decode|CompositeLayers|BeginCommitCompositorFrame|AnimationFrame::Render|AnimationFrame::Presentation|PaintTimingVisualizer)/.test(
      name,
    )
  ) {
    return 'paint + composite';
  }
  if (name === 'HitTest') return 'hit testing';
  if (
    /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|HandlePostMessage|EvaluateScript|AnimationFrame::Script|BlinkScheduler_PerformMicrotaskCheckpoint|V8\.|v8\.)/.test(
      name,
    ) ||
    category.includes('v8')
  ) {
    return 'JavaScript';
  }
  return 'other (browser, tracing)';
}

// ---------------------------------------------------------------------------------------------
// Trace parsing

function threadsOf(events) {
  const names = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  return names;
}

/** Complete events (X, or B/E pairs) of one thread, as { name, cat, start, end }. */
function spansOf(events, pid, tid) {
  const spans = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') {
      spans.push({ name: e.name, cat: e.cat ?? '', start: e.ts, end: e.ts + e.dur });
    } else if (e.ph === 'B') {
      open.push(e);
    } else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) spans.push({ name: begin.name, cat: begin.cat ?? '', start: begin.ts, end: e.ts });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Time in [from, to] owned by each innermost span's activity, and by nothing (idle). */
function selfTimes(spans, from, to, classify) {
  const totals = new Map();
  const add = (key, ms) => {
    if (ms > 0) totals.set(key, (totals.get(key) ?? 0) + ms);
  };
  let cursor = from;
  const stack = [];
  const advance = (until) => {
    const end = Math.min(until, to);
    if (end > cursor) {
      const top = stack.at(-1);
      add(top ? classify(top.name, top.cat) : 'idle', (end - Math.max(cursor, from)) / 1000);
      cursor = Math.max(cursor, end);
    }
  };
  const closeUntil = (time) => {
    while (stack.length > 0 && stack.at(-1).end <= time) {
      advance(stack.at(-1).end);
      stack.pop();
    }
    advance(time);
  };
  for (const span of spans) {
    if (span.end <= from) continue;
    if (span.start >= to) break;
    closeUntil(span.start);
    stack.push(span);
  }
  closeUntil(to);
  return totals;
}

/** Every V8 sample of one thread as { time, id } (a node of the profile's call tree, `nodes`). */
function samplesOf(events, tid) {
  const profile = events.find((e) => e.name === 'Profile' && e.tid === tid);
  if (!profile) return { nodes: new Map(), samples: [] };
  const nodes = new Map();
  const samples = [];
  let time = profile.args.data.startTime;
  const chunks = events
    .filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === profile.pid)
    .sort((a, b) => a.ts - b.ts);
  for (const chunk of chunks) {
    const { cpuProfile = {}, timeDeltas = [] } = chunk.args.data;
    for (const node of cpuProfile.nodes ?? []) nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((id, index) => {
      time += timeDeltas[index] ?? 0;
      samples.push({ time, id });
    });
  }
  return { nodes, samples };
}

/** scriptId → URL on one thread (scripts compiled before and during the trace). */
function scriptUrlsOf(events, tid) {
  const urls = new Map();
  for (const e of events) {
    const data = e.args?.data;
    if (e.tid === tid && data && data.scriptId !== undefined && typeof data.url === 'string') {
      urls.set(String(data.scriptId), data.url);
    }
  }
  return urls;
}

// ---------------------------------------------------------------------------------------------
// Source maps

/**
 * Maps a frame of the built JavaScript to its original source (a path from the repository's
 * root, `node_modules/react-dom/…` or `src/…`) and name, through the build's source maps.
 */
function symbolicator(outDir, root) {
  const maps = new Map();
  const positions = new Map();
  const mapOf = (url) => {
    let pathname;
    try {
      pathname = new URL(url).pathname;
    } catch {
      return null;
    }
    if (!maps.has(pathname)) {
      const file = path.join(outDir, `${pathname}.map`);
      maps.set(
        pathname,
        fs.existsSync(file)
          ? { dir: path.dirname(file), map: new TraceMap(fs.readFileSync(file, 'utf8')) }
          : null,
      );
    }
    return maps.get(pathname);
  };
  /** The original source and name of a frame, or null when the script has no map. */
  return (url, line, column) => {
    const key = `${url}:${line}:${column}`;
    if (!positions.has(key)) {
      const found = url ? mapOf(url) : null;
      const original = found ? originalPositionFor(found.map, { line: line + 1, column }) : null;
      positions.set(
        key,
        original?.source
          ? {
              source: path.relative(root, path.resolve(found.dir, original.source)),
              name: original.name,
            }
          : null,
      );
    }
    return positions.get(key);
  };
}

// ---------------------------------------------------------------------------------------------
// One click

function analyseTrace(events, symbolicate) {
  const threads = threadsOf(events);
  const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('user_timing'));
  const click = mark('bench:click');
  const painted = mark('bench:rows-painted');
  if (!click || !painted)
    throw new Error('the trace has no bench:click or bench:rows-painted mark');
  const { pid, tid } = click;
  const from = click.ts;
  const to = painted.ts;

  const activity = Object.fromEntries(
    selfTimes(spansOf(events, pid, tid), from, to, threadActivity),
  );

  // JavaScript by code, and React's phase, from the samples in the window.
  const urls = scriptUrlsOf(events, tid);
  const { nodes, samples } = samplesOf(events, tid);
  const code = {};
  const phase = {
    'React render phase': 0,
    'React commit phase (effects too)': 0,
    'outside React': 0,
  };
  for (let i = 0; i < samples.length - 1; i += 1) {
    const sample = samples[i];
    if (sample.time < from || sample.time >= to) continue;
    const ms = (Math.min(samples[i + 1].time, to) - sample.time) / 1000;
    let node = nodes.get(sample.id);
    const leaf = node?.callFrame.functionName ?? '';
    if (leaf === '(idle)' || leaf === '(program)' || leaf === '(root)') continue;
    if (leaf === '(garbage collector)') {
      code['(garbage collector)'] = (code['(garbage collector)'] ?? 0) + ms;
      continue;
    }
    let group = null;
    let inCommit = false;
    let inRender = false;
    for (; node; node = nodes.get(node.parent)) {
      const frame = node.callFrame;
      const url = urls.get(String(frame.scriptId)) ?? frame.url ?? '';
      const original =
        frame.lineNumber === undefined
          ? null
          : symbolicate(url, frame.lineNumber, frame.columnNumber ?? 0);
      if (original && group === null) {
        group =
          CODE_GROUPS.find(([, pattern]) => pattern.test(original.source))?.[0] ??
          'other mapped code';
      }
      if (original && /node_modules\/react-dom\//.test(original.source)) {
        if (/^commit/.test(original.name ?? '')) inCommit = true;
        if (
          /^(performUnitOfWork|renderRoot|workLoop|beginWork|performWorkOnRoot)/.test(
            original.name ?? '',
          )
        ) {
          inRender = true;
        }
      }
    }
    group ??= 'browser, bench probe, unmapped';
    code[group] = (code[group] ?? 0) + ms;
    const inPhase = inCommit
      ? 'React commit phase (effects too)'
      : inRender
        ? 'React render phase'
        : 'outside React';
    phase[inPhase] += ms;
  }

  // The requests sent between the click and the rows' paint, and when they were answered.
  const requests = [];
  const finished = new Map();
  for (const e of events) {
    if (
      e.pid === pid &&
      e.tid === tid &&
      (e.name === 'ResourceFinish' || e.name === 'ResourceReceiveResponse')
    ) {
      const id = e.args?.data?.requestId;
      if (id !== undefined && !finished.has(id)) finished.set(id, e.ts);
    }
  }
  for (const e of events) {
    const data = e.args?.data;
    if (e.pid !== pid || e.tid !== tid || e.name !== 'ResourceSendRequest' || !data?.url) continue;
    if (e.ts < from || e.ts > to || !data.url.includes('/api/')) continue;
    const answered = finished.get(data.requestId);
    const { pathname, search } = new URL(data.url);
    requests.push({
      path: `${pathname}${search}`,
      sentMs: (e.ts - from) / 1000,
      answeredMs: answered === undefined ? null : (answered - from) / 1000,
    });
  }

  const worker = [...threads].find(
    ([key, name]) => name === 'ServiceWorker thread' && key.startsWith(`${pid}:`),
  );
  let workerBusyMs = null;
  if (worker) {
    const [, workerTid] = worker[0].split(':').map(Number);
    const busy = selfTimes(spansOf(events, pid, workerTid), from, to, () => 'busy');
    workerBusyMs = busy.get('busy') ?? 0;
  }
  return { ms: (to - from) / 1000, activity, code, phase, requests, workerBusyMs };
}

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

// ---------------------------------------------------------------------------------------------
// Report

function meanOf(records, pick) {
  const sums = new Map();
  for (const record of records) {
    for (const [key, ms] of Object.entries(pick(record))) sums.set(key, (sums.get(key) ?? 0) + ms);
  }
  return [...sums].map(([key, ms]) => [key, ms / records.length]).sort((a, b) => b[1] - a[1]);
}

const list = (entries, total) =>
  entries
    .filter(([, ms]) => ms >= 0.05)
    .map(
      ([key, ms]) =>
        `${key} ${ms.toFixed(1)}${total ? ` (${((100 * ms) / total).toFixed(0)} %)` : ''}`,
    )
    .join(' · ');

/** The report's lines for one page's profile (mean per click, ms). */
export function formatProfile(name, profile) {
  const lines = [];
  for (const [kind, label] of [
    ['nextPage', 'next page'],
    ['sort', 'sort'],
  ]) {
    const records = profile[kind];
    if (records.length === 0) continue;
    const window = records.reduce((sum, r) => sum + r.ms, 0) / records.length;
    const full = records.reduce((sum, r) => sum + r.click.rows, 0) / records.length;
    lines.push(
      `   ${name} ${label}: ${full.toFixed(0)} ms click → new rows painted (mean of ${records.length}, traced); ${window.toFixed(0)} ms of it from the click's dispatch`,
    );
    lines.push(
      `     main thread: ${list(
        meanOf(records, (r) => r.activity),
        window,
      )}`,
    );
    const js = meanOf(records, (r) => r.code);
    const jsTotal = js.reduce((sum, [, ms]) => sum + ms, 0);
    lines.push(`     JavaScript (sampled ${jsTotal.toFixed(1)} ms) by code: ${list(js, jsTotal)}`);
    lines.push(
      `     by React phase: ${list(
        meanOf(records, (r) => r.phase),
        jsTotal,
      )}`,
    );
    const requests = records.flatMap((r) => r.requests);
    const answered = requests.filter((r) => r.answeredMs !== null);
    const roundTrip =
      answered.length === 0
        ? ''
        : `; sent → answered ${(answered.reduce((sum, r) => sum + r.answeredMs - r.sentMs, 0) / answered.length).toFixed(1)} ms on average`;
    lines.push(
      `     requests in that time: ${(requests.length / records.length).toFixed(1)} per click${roundTrip}; e.g. ${
        requests
          .slice(0, 2)
          .map((r) => `${r.path} at +${r.sentMs.toFixed(0)} ms`)
          .join(', ') || 'none (answered from the cache)'
      }`,
    );
    const busy = records.filter((r) => r.workerBusyMs !== null);
    if (busy.length > 0) {
      lines.push(
        `     service worker thread busy: ${(busy.reduce((sum, r) => sum + r.workerBusyMs, 0) / busy.length).toFixed(1)} ms`,
      );
    }
  }
  return lines.join('\n');
}
