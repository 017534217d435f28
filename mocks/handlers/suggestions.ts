import { http } from 'msw';
import { dismissSuggestion, listSuggestions } from '../domain/suggestions';
import { apiPath, guarded, json, noContent, param } from './guard';

export const suggestionHandlers = [
  http.get(
    apiPath('/suggestions'),
    guarded(({ store, url }) =>
      json(store.read((world) => listSuggestions(world, url.searchParams))),
    ),
  ),
  http.post(
    apiPath('/suggestions/:customerId/dismiss'),
    guarded(({ store, params }) => {
      store.write((world) => {
        dismissSuggestion(world, param(params, 'customerId'));
      });
      return noContent();
    }),
  ),
];
