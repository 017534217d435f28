import { delay, http, HttpResponse } from 'msw';
import {
  DAY_MS,
  MAX_SEARCHES,
  type ConnectionRequest,
  type DemoFaults,
  type ErrorCode,
  type Role,
  type ScenarioName,
} from '../src/contract';
import { setClock, setFaults, setRole, spendSearches } from './domain/demo';
import { errorBody } from './domain/errors';
import type { CustomerRecord } from './domain/records';
import { toConnectionRequest } from './domain/requests';
import { getMockStore } from './store';

/**
 * Helpers for tests and stories. State helpers change the current mock store (call them after
 * resetMockStore() and before rendering); handler factories go to `server.use(...)` or a
 * story's `parameters.msw`.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Replaces all data with the named scenario (clock, searches and role start over). */
export function loadScenario(name: ScenarioName): void {
  getMockStore().loadScenario(name);
}

/** Makes the current user an Administrator or a plain member (R1). */
export function withRole(role: Role): void {
  getMockStore().write((world) => {
    setRole(world, { role });
  });
}

/** Marks `n` (0–5) of the user's five searches as used (R4). */
export function withSearchesUsed(n: number): void {
  getMockStore().write((world) => {
    spendSearches(world, n);
  });
}

/** Uses up all five searches: the next search gets 429 search_limit_reached. */
export function withSearchLimitReached(): void {
  withSearchesUsed(MAX_SEARCHES);
}

/** Moves the server clock forward by whole `days` (R2 expiry follows). */
export function withClockAdvanced(days: number): void {
  getMockStore().write((world) => {
    setClock(world, { advanceDays: days });
  });
}

/** Injects latency and a failure rate into every non-demo endpoint. */
export function withFaults(faults: DemoFaults): void {
  getMockStore().write((world) => {
    setFaults(world, faults);
  });
}

/** Answers `method path` (e.g. 'get', '/api/suggestions') with an error status and code. */
export function failing(
  method: HttpMethod,
  path: string,
  status = 503,
  code: ErrorCode = 'service_unavailable',
) {
  return http[method](`*${path}`, () => HttpResponse.json(errorBody(code), { status }));
}

/** Never answers `method path` (a request stuck in flight, for loading states). */
export function neverResponding(method: HttpMethod, path: string) {
  return http[method](`*${path}`, async () => {
    await delay('infinite');
  });
}

/** Delays `method path` by `ms`, then lets the normal mock handler answer it. */
export function delayed(method: HttpMethod, path: string, ms: number) {
  return http[method](`*${path}`, async () => {
    await delay(ms);
  });
}

/** The catalogue customer with exactly this name (throws if none, so typos fail loudly). */
export function customerNamed(name: string): CustomerRecord {
  const customer = getMockStore().world.catalogue.customers.find((c) => c.name === name);
  if (!customer) throw new Error(`No customer named "${name}" in the mock catalogue`);
  return customer;
}

/** The latest request to the named customer as the API shows it, or undefined. */
export function latestRequestFor(name: string): ConnectionRequest | undefined {
  const store = getMockStore();
  return store.read((world, now) => {
    const latest = world.latestTo(customerNamed(name).id);
    return latest ? toConnectionRequest(world, latest, now) : undefined;
  });
}

/** The id of the named customer's latest request that is pending right now (throws if none). */
export function pendingRequestFor(name: string): string {
  const request = latestRequestFor(name);
  if (request?.status !== 'pending') throw new Error(`"${name}" has no pending request`);
  return request.id;
}

/** A day in milliseconds (the rulebook's), for tests and stories that reason about the clock. */
export { DAY_MS };
