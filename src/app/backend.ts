/**
 * When the API can be called. With a real backend: at once. With the mock backend, requests wait
 * until its service worker is up; the app renders meanwhile, so its first screen and the worker's
 * start overlap instead of running one after the other. `src/main.tsx` sets it.
 */
let ready: Promise<void> = Promise.resolve();

export function setBackendReady(starting: Promise<void>): void {
  ready = starting;
  // Reported to every request through whenBackendReady(); this only keeps it off the console
  // as an unhandled rejection.
  starting.catch(() => undefined);
}

export function whenBackendReady(): Promise<void> {
  return ready;
}
