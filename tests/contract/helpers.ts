/**
 * Black-box steps the contract tests share: each one is an HTTP call plus the assertion that it
 * succeeded, so a test reads as the rule it proves. Fixtures are found through the API (by
 * status, origin, attempts), not by seeded ids, so the tests hold for any conforming data.
 * State is set up through the demo controls (`/api/demo/*`) only; a test that calls them is
 * tagged `demo`, and skipped against a server without them.
 */
import { expect } from 'vitest';
import {
  MAX_PAGE_SIZE,
  type ConnectionRequest,
  type ConnectionRequestHistory,
  type ConnectionRequestPage,
  type ConnectionRow,
  type ConnectionRowPage,
  type CreateConnectionRequest,
  type CustomerSearchResult,
  type DemoFaults,
  type DemoState,
  type ListConnectionRequestsQuery,
  type ListConnectionRowsQuery,
  type Role,
  type ScenarioName,
  type Session,
  type Suggestion,
  type SuggestionPage,
} from '../../src/contract';
import { api, type ApiResponse, type RequestOptions } from './client';

/** The rulebook's day, for tests that reason about the server clock. */
export { DAY_MS } from '../../src/contract';

/** The body of a response that must have succeeded with `status`; shows the body otherwise. */
export function expectStatus<T>(response: ApiResponse<T>, status: number): T {
  expect({ status: response.status, body: response.body }).toMatchObject({ status });
  return response.body;
}

export async function getSession(): Promise<Session> {
  return expectStatus(await api.get<Session>('/session'), 200);
}

export async function getDemoState(): Promise<DemoState> {
  return expectStatus(await api.get<DemoState>('/demo/state'), 200);
}

export async function listRequests(
  query: ListConnectionRequestsQuery = {},
): Promise<ConnectionRequestPage> {
  return expectStatus(await api.get<ConnectionRequestPage>('/connection-requests', { query }), 200);
}

/** Every row of the list (all pages) for a query. */
export async function listAllRequests(
  query: Omit<ListConnectionRequestsQuery, 'page' | 'pageSize'> = {},
): Promise<ConnectionRequest[]> {
  const rows: ConnectionRequest[] = [];
  for (let page = 1; ; page += 1) {
    const result = await listRequests({ ...query, page, pageSize: MAX_PAGE_SIZE });
    rows.push(...result.items);
    if (result.items.length === 0 || rows.length >= result.total) return rows;
  }
}

export async function listRows(query: ListConnectionRowsQuery = {}): Promise<ConnectionRowPage> {
  return expectStatus(await api.get<ConnectionRowPage>('/connection-rows', { query }), 200);
}

/** Every row of the one table (all pages) for a query, read `pageSize` at a time. */
export async function listAllRows(
  query: Omit<ListConnectionRowsQuery, 'page' | 'pageSize'> = {},
  pageSize = MAX_PAGE_SIZE,
): Promise<ConnectionRow[]> {
  const rows: ConnectionRow[] = [];
  for (let page = 1; ; page += 1) {
    const result = await listRows({ ...query, page, pageSize });
    rows.push(...result.items);
    if (result.items.length === 0 || rows.length >= result.total) return rows;
  }
}

/** The first row of the list that satisfies `predicate`; fails the test when there is none. */
export async function findRequest(
  description: string,
  predicate: (request: ConnectionRequest) => boolean,
  query: Omit<ListConnectionRequestsQuery, 'page' | 'pageSize'> = {},
): Promise<ConnectionRequest> {
  const found = (await listAllRequests(query)).find(predicate);
  if (found === undefined) throw new Error(`The data has no request that is ${description}`);
  return found;
}

/** The list row (latest request) for one customer, if any. */
export async function latestRequestTo(customerId: string): Promise<ConnectionRequest | undefined> {
  return (await listAllRequests()).find((request) => request.customerId === customerId);
}

export async function getHistory(requestId: string): Promise<ConnectionRequest[]> {
  const response = await api.get<ConnectionRequestHistory>(
    `/connection-requests/${encodeURIComponent(requestId)}/history`,
  );
  return expectStatus(response, 200).items;
}

export async function listSuggestions(
  query: Record<string, string | number> = {},
): Promise<SuggestionPage> {
  return expectStatus(await api.get<SuggestionPage>('/suggestions', { query }), 200);
}

/** A suggested customer: one with no request yet, a clean slate for attempt arithmetic. */
export async function aSuggestion(index = 0): Promise<Suggestion> {
  const { items } = await listSuggestions();
  const suggestion = items[index];
  if (suggestion === undefined) {
    // Each test that connects one uses it up: without the demo reset, the data must have enough.
    throw new Error(`The data has fewer than ${index + 1} suggestions left`);
  }
  return suggestion;
}

export function createRequest(
  body: CreateConnectionRequest | Record<string, unknown>,
  options: RequestOptions = {},
): Promise<ApiResponse<ConnectionRequest>> {
  return api.post<ConnectionRequest>('/connection-requests', body, options);
}

export function connectFromSuggestion(
  customerId: string,
  options: RequestOptions = {},
): Promise<ApiResponse<ConnectionRequest>> {
  return createRequest({ customerId, origin: 'suggestion' }, options);
}

/** Tells this run's tokens and keys apart from an earlier run's on a server that keeps state. */
const RUN_ID = `${Date.now().toString(36)}-${process.pid.toString(36)}`;

let captchaCounter = 0;
/** A captcha token never used before (the stand-in accepts any new one). */
export function freshCaptchaToken(): string {
  captchaCounter += 1;
  return `contract-test-token-${RUN_ID}-${captchaCounter}`;
}

/** An Idempotency-Key named for the test, unique to this run. */
export function idempotencyKey(name: string): string {
  return `${name}-${RUN_ID}`;
}

/** A complete, valid request from a search; override any field to break exactly that one. */
export function searchRequestBody(
  customerId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    customerId,
    origin: 'search',
    contactEmail: 'buyer.contact@example.com',
    captchaToken: freshCaptchaToken(),
    confirmed: true,
    ...overrides,
  };
}

export async function withdraw(requestId: string): Promise<ApiResponse<ConnectionRequest>> {
  return api.post<ConnectionRequest>(
    `/connection-requests/${encodeURIComponent(requestId)}/withdraw`,
  );
}

export function search(q: string): Promise<ApiResponse<CustomerSearchResult>> {
  return api.get<CustomerSearchResult>('/customers/search', { query: { q } });
}

export function respond(
  requestId: string,
  decision: 'approve' | 'reject',
  comment?: string,
): Promise<ApiResponse<ConnectionRequest>> {
  return api.post<ConnectionRequest>('/demo/respond', {
    requestId,
    decision,
    ...(comment === undefined ? {} : { comment }),
  });
}

// ---------------------------------------------------------------------------------------------
// Demo controls: tests that use these are tagged `demo`.

/** POSTs to a demo control and returns the demo state it answers with. */
async function demoControl(path: string, body?: unknown): Promise<DemoState> {
  return expectStatus(await api.post<DemoState>(`/demo/${path}`, body), 200);
}

/** Back to the default scenario with clock, counters, role and faults reset. */
export function resetDemo(): Promise<DemoState> {
  return demoControl('reset');
}

/** Moves the server clock forward by whole days (R2 expiry follows). */
export function advanceClock(advanceDays: number): Promise<DemoState> {
  return demoControl('clock', { advanceDays });
}

/** Stops the server clock at this instant (epoch ms), for boundaries to the millisecond. */
export function freezeClockAt(instant: number): Promise<DemoState> {
  return demoControl('clock', { freezeAt: new Date(instant).toISOString() });
}

/** Replaces all data with the named scenario (clock, searches and role start over). */
export function loadScenario(name: ScenarioName): Promise<DemoState> {
  return demoControl('scenario', { name });
}

/** Makes the current user an Administrator or a plain member (R1). */
export function setRole(role: Role): Promise<DemoState> {
  return demoControl('role', { role });
}

/** Injects latency and a failure rate into every non-demo endpoint. */
export function setFaults(faults: DemoFaults): Promise<DemoState> {
  return demoControl('faults', faults);
}

/** Support resets the search attempts (R4): five left. */
export function resetSearches(): Promise<DemoState> {
  return demoControl('reset-searches');
}

/** Leaves exactly `5 - used` searches (R4): support's reset, then `used` valid searches. */
export async function useSearches(used: number): Promise<void> {
  await resetSearches();
  for (let n = 0; n < used; n += 1) expectStatus(await search('gmbh'), 200);
}

export function millis(isoDate: string): number {
  return new Date(isoDate).getTime();
}
