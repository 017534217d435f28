/** A Chromium trace's events read for one thread: its spans, its time by activity, its samples. */

export function threadsOf(events) {
  const names = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  return names;
}

/** Complete events (X, or B/E pairs) of one thread, as { name, cat, start, end }. */
export function spansOf(events, pid, tid) {
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
export function selfTimes(spans, from, to, classify) {
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
export function samplesOf(events, tid) {
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
export function scriptUrlsOf(events, tid) {
  const urls = new Map();
  for (const e of events) {
    const data = e.args?.data;
    if (e.tid === tid && data && data.scriptId !== undefined && typeof data.url === 'string') {
      urls.set(String(data.scriptId), data.url);
    }
  }
  return urls;
}
