/**
 * What the benchmark measures inside a page, the same way for the app and the floor: installed
 * before any page script (`context.addInitScript(pageProbe, tableSelector)`), it exposes
 * `window.__bench`. Times are performance.now(): ms since navigation start, or since the click.
 *
 * "The paint that shows the new rows": a MutationObserver sees the table's row headers change
 * (their texts in order differ from before the click, and there are some — a skeleton or an
 * empty body is not the new rows), then the probe waits for that frame's paint: the next
 * animation frame, then a task queued from it, which runs after the frame is painted.
 */
export function pageProbe(tableSelector) {
  const bench = {};
  window.__bench = bench;
  // The resource timing buffer holds 250 entries by default; the request count below needs all.
  performance.setResourceTimingBufferSize(100_000);

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

  // The click: its event's timestamp (when the input happened), and the paint that answers it
  // (sort arrow, page number, busy bar: the input's own paint, not necessarily the rows).
  bench.lastInput = 0;
  bench.nextPaint = null;
  window.addEventListener(
    'click',
    (event) => {
      bench.lastInput = event.timeStamp;
      bench.nextPaint = null;
      // For a trace (BENCH_PROFILE): where the click is dispatched, and (below) the rows' paint.
      performance.mark('bench:click');
      afterPaint((at) => {
        bench.nextPaint = at - event.timeStamp;
      });
    },
    true,
  );

  /** The row headers' texts, in order: what changes when new rows are shown. */
  bench.rowNames = () =>
    [...document.querySelectorAll(firstRowSelector)].map((cell) => cell.textContent).join('\n');
  bench.rowRequests = () =>
    performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/connection-rows'))
      .length;

  /** Resolves at the paint that shows rows other than `before`: ms since the click. */
  bench.waitRows = (before) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`the table's rows did not change from: ${before.slice(0, 80)}…`));
      }, 30_000);
      const check = () => {
        const names = bench.rowNames();
        if (names === '' || names === before) return;
        observer.disconnect();
        clearTimeout(timer);
        const inDom = performance.now();
        afterPaint((at) => {
          performance.mark('bench:rows-painted');
          // The input's own paint may still be pending when the rows land in the same frame.
          const nextPaint = bench.nextPaint ?? at - bench.lastInput;
          resolve({ rows: at - bench.lastInput, inDom: inDom - bench.lastInput, nextPaint });
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      check();
    });
}
