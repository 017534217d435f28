/** The profile's lines in the bench report: the mean click of each kind, where its time went. */

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
    const mean = (pick) => records.reduce((sum, r) => sum + pick(r.rendering), 0) / records.length;
    lines.push(
      `     rendering: ${mean((r) => r.restyled).toFixed(0)} elements restyled, ${mean((r) => r.laidOut).toFixed(0)} layout objects laid out`,
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
