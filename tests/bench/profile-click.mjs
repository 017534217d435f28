/**
 * One click's trace, from its dispatch to the paint that shows the new rows: the main thread's
 * time by activity, its JavaScript by code and by React phase, how many elements the browser
 * restyled and layout objects it laid out, the requests sent and the service worker's busy time
 * (see profile.mjs).
 */
import { samplesOf, scriptUrlsOf, selfTimes, spansOf, threadsOf } from './profile-trace.mjs';

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

export function analyseTrace(events, symbolicate) {
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

  // The browser's share of the work in numbers: elements whose style it recomputed and layout
  // objects it laid out. Both follow the rows' content, so they say how much more there is to
  // style and lay out on one page than on the other.
  let restyled = 0;
  let laidOut = 0;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ts < from || e.ts >= to) continue;
    if (e.name === 'UpdateLayoutTree') restyled += e.args?.elementCount ?? 0;
    if (e.name === 'Layout') laidOut += e.args?.beginData?.dirtyObjects ?? 0;
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
  return {
    ms: (to - from) / 1000,
    activity,
    code,
    phase,
    requests,
    workerBusyMs,
    rendering: { restyled, laidOut },
  };
}
