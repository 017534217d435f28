import { http } from 'msw';
import { changeClock, parseClockChange } from '../domain/clock';
import { demoState, parseFaults, parseRole, parseScenarioName } from '../domain/demo';
import { mergeDuplicateAccount } from '../domain/merge';
import { respondToRequest } from '../domain/respond';
import type { MockStore } from '../store';
import { apiPath, demoControl, json, readJson } from './respond';

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
    demoControl(async ({ store, request }) => {
      const body = await readJson(request);
      return json(store.write((world, now) => respondToRequest(world, body, now)));
    }),
  ),
  http.post(
    apiPath('/demo/clock'),
    demoControl(async ({ store, request }) => {
      const change = parseClockChange(await readJson(request));
      store.write((world) => {
        changeClock(world, change);
      });
      return stateOf(store);
    }),
  ),
  http.post(
    apiPath('/demo/scenario'),
    demoControl(async ({ store, request }) => {
      store.loadScenario(parseScenarioName(await readJson(request)));
      return stateOf(store);
    }),
  ),
  http.post(
    apiPath('/demo/role'),
    demoControl(async ({ store, request }) => {
      const role = parseRole(await readJson(request));
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
    demoControl(async ({ store, request }) => {
      await readJson(request);
      return json(store.write((world, now) => mergeDuplicateAccount(world, now)));
    }),
  ),
  http.post(
    apiPath('/demo/faults'),
    demoControl(async ({ store, request }) => {
      const faults = parseFaults(await readJson(request));
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
