import { DAY_MS, type ScenarioName } from '../../src/contract';
import { NAMED, type NamedCustomerKey } from '../data/catalogue';
import { scenarioSeed } from '../data/scenarios';
import { World } from '../domain/world';

/** A fixed server-clock instant the unit tests' scenarios are anchored at. */
export const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);

/** A fresh world of a scenario anchored at T0 (unit tests of the domain rules). */
export function worldFor(name: ScenarioName = 'default', anchor = T0): World {
  return new World(scenarioSeed(name, anchor), anchor);
}

/** The id of a hand-written customer. */
export function idOf(key: NamedCustomerKey): string {
  return NAMED[key].id;
}

/** `days` after T0. */
export function daysAfterT0(days: number): number {
  return T0 + days * DAY_MS;
}
