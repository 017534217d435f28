import { http } from 'msw';
import {
  admitIdempotencyKey,
  createRequestIdempotently,
  historyOf,
  listRequests,
  parseListQuery,
  releaseIdempotencyKey,
  withdrawRequest,
} from '../domain/requests';
import { apiPath, guarded, json, param } from './respond';

const IDEMPOTENCY_KEY = 'Idempotency-Key';

export const connectionRequestHandlers = [
  http.get(
    apiPath('/connection-requests'),
    guarded(({ store, url }) => {
      const query = parseListQuery(url.searchParams);
      return json(store.read((world, now) => listRequests(world, query, now)));
    }),
  ),
  http.get(
    apiPath('/connection-requests/:id/history'),
    guarded(({ store, params }) =>
      json({ items: store.read((world, now) => historyOf(world, param(params, 'id'), now)) }),
    ),
  ),
  http.post(
    apiPath('/connection-requests'),
    guarded(
      ({ store, request, body }) => {
        const key = request.headers.get(IDEMPOTENCY_KEY);
        const result = store.write((world, now) =>
          createRequestIdempotently(world, key, body, now),
        );
        return json(result.body, result.status);
      },
      {
        // R8: a repeat that arrives while the first call waits out its latency gets 409.
        onArrival: ({ store, request }) => {
          const raw = request.headers.get(IDEMPOTENCY_KEY);
          const key = store.write((world, now) => admitIdempotencyKey(world, raw, now));
          if (key === null) return undefined;
          return () => {
            store.write((world) => {
              releaseIdempotencyKey(world, key);
            });
          };
        },
      },
    ),
  ),
  http.post(
    apiPath('/connection-requests/:id/withdraw'),
    guarded(({ store, params }) =>
      json(store.write((world, now) => withdrawRequest(world, param(params, 'id'), now))),
    ),
  ),
];
