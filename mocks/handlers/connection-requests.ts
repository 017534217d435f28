import { http } from 'msw';
import {
  admitIdempotencyKey,
  createRequestIdempotently,
  releaseIdempotencyKey,
} from '../domain/idempotency';
import { listRequests } from '../domain/request-list';
import { historyOf, withdrawRequest } from '../domain/requests';
import { parseListQuery } from '../domain/table-query';
import { apiPath, guarded, json, listing, param } from './guard';

const IDEMPOTENCY_KEY = 'Idempotency-Key';

export const connectionRequestHandlers = [
  listing('/connection-requests', parseListQuery, listRequests),
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
