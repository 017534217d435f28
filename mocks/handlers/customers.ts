import { http } from 'msw';
import { customerAccounts } from '../domain/accounts';
import { searchCatalogue } from '../domain/search';
import { apiPath, guarded, json, param } from './guard';

export const customerHandlers = [
  // A search spends an attempt (R4), so it is a write.
  http.get(
    apiPath('/customers/search'),
    guarded(({ store, url }) =>
      json(store.write((world, now) => searchCatalogue(world, url.searchParams.get('q'), now))),
    ),
  ),
  http.get(
    apiPath('/customers/:customerId/accounts'),
    guarded(({ store, params }) =>
      json({
        items: store.read((world, now) =>
          customerAccounts(world, param(params, 'customerId'), now),
        ),
      }),
    ),
  ),
];
