import { http } from 'msw';
import {
  demoState,
  parseScenarioName,
  resetSearches,
  setClock,
  setFaults,
  setRole,
  type DemoChange,
} from '../domain/demo';
import { mergeDuplicateAccount } from '../domain/merge';
import { respondToRequest } from '../domain/respond';
import type { MockStore } from '../store';
import { apiPath, demoControl, json } from './guard';

function stateOf(store: MockStore): Response {
  return json(store.read((world, now) => demoState(world, now)));
}

/** The demo controls that change the world and answer with the new demo state. */
const CHANGES: Record<string, DemoChange> = {
  '/demo/clock': setClock,
  '/demo/role': setRole,
  '/demo/reset-searches': resetSearches,
  '/demo/faults': setFaults,
};

/** Demo controls under /api/demo: for standalone demos and tests; ignore role and faults. */
export const demoHandlers = [
  http.get(
    apiPath('/demo/state'),
    demoControl(({ store }) => stateOf(store)),
  ),
  http.post(
    apiPath('/demo/respond'),
    demoControl(({ store, body }) =>
      json(store.write((world, now) => respondToRequest(world, body, now))),
    ),
  ),
  ...Object.entries(CHANGES).map(([path, change]) =>
    http.post(
      apiPath(path),
      demoControl(({ store, body }) => {
        store.write((world) => {
          change(world, body);
        });
        return stateOf(store);
      }),
    ),
  ),
  http.post(
    apiPath('/demo/scenario'),
    demoControl(({ store, body }) => {
      store.loadScenario(parseScenarioName(body));
      return stateOf(store);
    }),
  ),
  http.post(
    apiPath('/demo/merge'),
    demoControl(({ store }) =>
      json(store.write((world, now) => mergeDuplicateAccount(world, now))),
    ),
  ),
  http.post(
    apiPath('/demo/reset'),
    demoControl(({ store }) => {
      store.reset();
      return stateOf(store);
    }),
  ),
];
