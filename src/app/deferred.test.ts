import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps one "first data shown" promise for the page's life: a fresh copy per test.
async function freshModule() {
  vi.resetModules();
  return import('./deferred');
}

async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterFirstData: deferred code waits for the first data', () => {
  it('waits for the page to report its first data, then for an idle moment', async () => {
    const { afterFirstData, markFirstDataShown } = await freshModule();
    const waiting = afterFirstData();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled(waiting)).toBe(false);

    markFirstDataShown();
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
  });

  it('goes ahead after the fallback delay when the page never reports data', async () => {
    const { afterFirstData, FIRST_DATA_FALLBACK_MS } = await freshModule();
    const waiting = afterFirstData();
    await vi.advanceTimersByTimeAsync(FIRST_DATA_FALLBACK_MS - 1);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(await settled(waiting)).toBe(true);
  });

  it('preloads a module once the data is shown and swallows a failed preload', async () => {
    const { preloadAfterFirstData, markFirstDataShown } = await freshModule();
    const load = vi.fn(() => Promise.resolve('module'));
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    preloadAfterFirstData(load);
    preloadAfterFirstData(failing);
    await vi.advanceTimersByTimeAsync(10);
    expect(load).not.toHaveBeenCalled();

    markFirstDataShown();
    await vi.advanceTimersByTimeAsync(10);
    expect(load).toHaveBeenCalledOnce();
    expect(failing).toHaveBeenCalledOnce();
  });
});
