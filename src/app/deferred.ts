/**
 * Code the first screen does not need (the Demo button, the search dialog, …) is fetched once
 * the page has shown its first data and the browser is idle, so it never competes with the
 * first rows for the network or the main thread. Whoever needs it sooner (a click,
 * pointer or focus on its trigger) imports it directly; `import()` of a module already on its
 * way shares the same request.
 */

/** If the page never reports its first data (e.g. stuck loading), load the rest anyway. */
export const FIRST_DATA_FALLBACK_MS = 4000;
const IDLE_TIMEOUT_MS = 1000;

let reportFirstData: () => void = () => undefined;
const firstData = new Promise<void>((resolve) => {
  reportFirstData = resolve;
});

/** Called by the page once its first data (rows, an empty state or an error) is on screen. */
export function markFirstDataShown(): void {
  reportFirstData();
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/** Resolves when the first data has been shown (or the fallback has passed) and the browser is idle. */
export function afterFirstData(): Promise<void> {
  const fallback = new Promise<void>((resolve) => setTimeout(resolve, FIRST_DATA_FALLBACK_MS));
  return Promise.race([firstData, fallback]).then(idle);
}

/**
 * Starts a lazy module's download after the first data, once; a failure is left for the
 * caller's own import (at use) to report, so nothing is shown for a preload that failed.
 */
export function preloadAfterFirstData(load: () => Promise<unknown>): void {
  void afterFirstData()
    .then(load)
    .catch(() => undefined);
}
