import { onTestFinished } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import type { ErrorCode } from '../../src/contract';

/** Every request that reached the mock server for `method` + a path ending in `pathEnd`. */
export function recordRequests(method: string, pathEnd: string): Request[] {
  const seen: Request[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === method && new URL(request.url).pathname.endsWith(pathEnd)) {
      seen.push(request.clone());
    }
  };
  server.events.on('request:start', listener);
  onTestFinished(() => {
    server.events.removeListener('request:start', listener);
  });
  return seen;
}

/** The JSON bodies of the requests `recordRequests` saw, in the order they were sent. */
export function bodiesOf<T>(requests: readonly Request[]): Promise<T[]> {
  return Promise.all(requests.map((request) => request.clone().json() as Promise<T>));
}

/** A one-shot error answer to the next POST /api/connection-requests. */
export function answerNextPostWith(code: ErrorCode, status: number, field?: string) {
  return http.post(
    '*/api/connection-requests',
    () =>
      HttpResponse.json(
        { error: { code, message: `Mocked ${code}`, ...(field === undefined ? {} : { field }) } },
        { status },
      ),
    { once: true },
  );
}
