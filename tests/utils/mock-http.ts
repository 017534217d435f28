import { onTestFinished } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import type { ErrorCode } from '../../src/contract';

/** The mock server's traffic during one test, in order. */
export interface NetworkRecord {
  /** Every matching request as it left (a clone, so its body can still be read). */
  sent: Request[];
  /** What happened in which order: a request leaving, or its answer coming back. */
  log: { event: 'sent' | 'answered'; path: string }[];
}

/**
 * Records the requests that reach the mock server (those `matches` accepts) and their answers.
 * The listeners go when the test finishes, whatever its outcome, so no test sees another's.
 */
export function recordNetwork(matches: (request: Request) => boolean = () => true): NetworkRecord {
  const record: NetworkRecord = { sent: [], log: [] };
  const onSent = ({ request }: { request: Request }) => {
    if (!matches(request)) return;
    record.sent.push(request.clone());
    record.log.push({ event: 'sent', path: new URL(request.url).pathname });
  };
  const onAnswered = ({ request }: { request: Request }) => {
    if (matches(request))
      record.log.push({ event: 'answered', path: new URL(request.url).pathname });
  };
  server.events.on('request:start', onSent);
  server.events.on('response:mocked', onAnswered);
  onTestFinished(() => {
    server.events.removeListener('request:start', onSent);
    server.events.removeListener('response:mocked', onAnswered);
  });
  return record;
}

/** Every request for `method` + a path ending in `pathEnd` during this test (recordNetwork). */
export function recordRequests(method: string, pathEnd: string): Request[] {
  return recordNetwork(
    (request) => request.method === method && new URL(request.url).pathname.endsWith(pathEnd),
  ).sent;
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
