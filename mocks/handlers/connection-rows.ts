import { http } from 'msw';
import { listRows, parseRowsQuery } from '../domain/rows';
import { apiPath, guarded, json } from './respond';

export const connectionRowHandlers = [
  http.get(
    apiPath('/connection-rows'),
    guarded(({ store, url }) => {
      const query = parseRowsQuery(url.searchParams);
      return json(store.read((world, now) => listRows(world, query, now)));
    }),
  ),
];
