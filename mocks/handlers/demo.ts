import { http } from 'msw';
import { changeClock, parseClockChange } from '../domain/clock';
import { demoState, parseFaults, parseRole, parseScenarioName } from '../domain/demo';
import { mergeDuplicateAccount } from '../domain/merge';
import { respondToRequest } from '../domain/respond';
import type { MockStore } from '../store';
import { apiPath, demoControl, json } from './respond';

function stateOf(store: MockStore): Response {
  return json(store.read((world, now) => demoState(world, now)));
}

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
  http.post(
    apiPath('/demo/clock'),
    demoControl(({ store, body }) => {
      store.write((world) => {
        changeClock(world, parseClockChange(body, world.clockOffsetDays));
      });
      return stateOf(store);
    }),
  ),
  http.post(
    apiPath('/demo/scenario'),
    demoControl(({ store, body }) => {
      store.loadScenario(parseScenarioName(body));
      return stateOf(store);
    }),
  ),
  http.post(
    apiPath('/demo/role'),
    demoControl(({ store, body }) => {
      const role = parseRole(body);
      store.write((world) => {
        world.role = role;
      });
      return stateOf(store);
    }),
  ),
  http.post(
    apiPath('/demo/reset-searches'),
    demoControl(({ store }) => {
      store.write((world) => {
        world.searchesUsed = 0;
      });
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
    apiPath('/demo/faults'),
    demoControl(({ store, body }) => {
      const faults = parseFaults(body);
      store.write((world) => {
        world.faults = faults;
      });
      return stateOf(store);
    }),
  ),
  http.post(
    apiPath('/demo/reset'),
    demoControl(({ store }) => {
      store.reset();
      return stateOf(store);
    }),
  ),
];
