import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordNetwork } from '../../tests/utils/mock-http';
import { getSession } from './session';
import { makeStore } from './store';
import { setBackendReady } from './backend';

/** Resolves or rejects from the outside, like a service worker coming up. */
function starting() {
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const promise = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  if (settle === undefined) throw new Error('unreachable');
  return { promise, ...settle };
}

/** The paths of the requests sent during this test. */
function requestsSeen() {
  const { sent } = recordNetwork();
  return () => sent.map((request) => new URL(request.url).pathname);
}

afterEach(() => setBackendReady(Promise.resolve()));

describe('API requests and the mock backend starting, overlapped', () => {
  it('waits until the backend is up, then sends the request once', async () => {
    const backend = starting();
    setBackendReady(backend.promise);
    const store = makeStore();
    const requests = requestsSeen();

    // A second of (fake) time passes at once: had the request not waited, it would have left.
    vi.useFakeTimers();
    const result = store.dispatch(getSession.initiate());
    await vi.advanceTimersByTimeAsync(1000);
    vi.useRealTimers();
    expect(requests()).toEqual([]);
    expect(getSession.select()(store.getState()).isLoading).toBe(true);

    backend.resolve();
    const session = await result.unwrap();
    expect(session.user.role).toBe('admin');
    expect(requests()).toEqual(['/api/session']);
    result.unsubscribe();
  });

  it('answers with a network error naming the cause when the backend cannot start', async () => {
    const backend = starting();
    setBackendReady(backend.promise);
    const store = makeStore();
    const requests = requestsSeen();
    backend.reject(new Error('service workers are not available'));

    const result = store.dispatch(getSession.initiate());
    await expect(result.unwrap()).rejects.toEqual({
      status: 0,
      code: 'network_error',
      message: 'service workers are not available',
    });
    expect(requests()).toEqual([]);
    result.unsubscribe();
  });
});
