import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
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

const requestsSeen = () => {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    seen.push(new URL(request.url).pathname);
  };
  server.events.on('request:start', listener);
  return { seen, stop: () => server.events.removeListener('request:start', listener) };
};

afterEach(() => setBackendReady(Promise.resolve()));

describe('API requests and the mock backend starting, overlapped', () => {
  it('waits until the backend is up, then sends the request once', async () => {
    const backend = starting();
    setBackendReady(backend.promise);
    const store = makeStore();
    const requests = requestsSeen();

    const result = store.dispatch(getSession.initiate());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.seen).toEqual([]);
    expect(getSession.select()(store.getState()).isLoading).toBe(true);

    backend.resolve();
    const session = await result.unwrap();
    expect(session.user.role).toBe('admin');
    expect(requests.seen).toEqual(['/api/session']);
    requests.stop();
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
    expect(requests.seen).toEqual([]);
    requests.stop();
    result.unsubscribe();
  });
});
