import { http } from 'msw';
import {
  createRequestIdempotently,
  historyOf,
  listRequests,
  parseListQuery,
  withdrawRequest,
} from '../domain/requests';
import { apiPath, guarded, json, param, readJson } from './respond';

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
    guarded(async ({ store, request }) => {
      const body = await readJson(request);
      const key = request.headers.get('Idempotency-Key');
      const result = store.write((world, now) => createRequestIdempotently(world, key, body, now));
      return json(result.body, result.status);
    }),
  ),
  http.post(
    apiPath('/connection-requests/:id/withdraw'),
    guarded(({ store, params }) =>
      json(store.write((world, now) => withdrawRequest(world, param(params, 'id'), now))),
    ),
  ),
];
