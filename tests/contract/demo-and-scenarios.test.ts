import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../mocks/scenarios';
import type { DemoState } from '../../src/contract';
import { api, failureOf } from './client';
import {
  aSuggestion,
  advanceClockOverHttp,
  connectFromSuggestion,
  DAY_MS,
  expectStatus,
  getDemoState,
  getSession,
  listAllRequests,
  listRequests,
  listSuggestions,
  millis,
  search,
} from './helpers';

/** The demo state of a freshly loaded default scenario. */
const PRISTINE_STATE = {
  scenario: 'default',
  clockOffsetDays: 0,
  role: 'admin',
  faults: { latencyMs: 0, failureRate: 0 },
  searchesRemaining: 5,
  mergeAvailable: true,
} satisfies Partial<DemoState>;

describe('Demo controls', () => {
  it('GET /api/demo/state describes the default scenario on start', async () => {
    expect(await getDemoState()).toMatchObject(PRISTINE_STATE);
  });

  it('POST /api/demo/clock moves the server clock forward by whole days', async () => {
    const before = await getSession();
    const state = await advanceClockOverHttp(7);
    expect(state.clockOffsetDays).toBe(7);
    const moved = millis(state.serverTime) - millis(before.serverTime);
    expect(moved).toBeGreaterThanOrEqual(7 * DAY_MS);
    expect(moved).toBeLessThan(7 * DAY_MS + 60_000);
    expect((await advanceClockOverHttp(3)).clockOffsetDays).toBe(10);
  });

  it.each([0, -1, 1.5, 'x', 3651])(
    'POST /api/demo/clock refuses advanceDays %s with 422 invalid_input',
    async (advanceDays) => {
      expect(failureOf(await api.post('/demo/clock', { advanceDays }))).toEqual({
        status: 422,
        code: 'invalid_input',
        field: 'advanceDays',
      });
    },
  );

  it('POST /api/demo/clock stops at 36,500 days ahead: more than what is left is 422, and every endpoint still answers', async () => {
    for (let step = 0; step < 9; step += 1) await advanceClockOverHttp(3650);
    expect((await advanceClockOverHttp(3640)).clockOffsetDays).toBe(36_490);
    expect(failureOf(await api.post('/demo/clock', { advanceDays: 11 }))).toEqual({
      status: 422,
      code: 'invalid_input',
      field: 'advanceDays',
    });
    expect((await advanceClockOverHttp(10)).clockOffsetDays).toBe(36_500);
    expect(failureOf(await api.post('/demo/clock', { advanceDays: 1 }))).toMatchObject({
      status: 422,
      field: 'advanceDays',
    });
    // A hundred years on, dates still print: every pending request has expired.
    expect((await getSession()).serverTime).toMatch(/^2\d{3}-/);
    const { items } = await listRequests({ pageSize: 100 });
    expect(items.some((r) => r.status === 'pending')).toBe(false);
    expectStatus(await api.get('/demo/state'), 200);
  });

  it('POST /api/demo/role switches the session role', async () => {
    expect(
      expectStatus(await api.post<DemoState>('/demo/role', { role: 'member' }), 200).role,
    ).toBe('member');
    expect((await getSession()).user.role).toBe('member');
    expect(failureOf(await api.post('/demo/role', { role: 'owner' }))).toMatchObject({
      status: 422,
      code: 'invalid_input',
      field: 'role',
    });
  });

  it('POST /api/demo/scenario refuses an unknown name with 422 invalid_input', async () => {
    expect(failureOf(await api.post('/demo/scenario', { name: 'nope' }))).toEqual({
      status: 422,
      code: 'invalid_input',
      field: 'name',
    });
  });

  it('POST /api/demo/reset restores the default scenario, clock, role, searches, faults and data', async () => {
    const pristine = await listRequests({ pageSize: 100 });
    const pristineSuggestions = await listSuggestions();
    await connectFromSuggestion((await aSuggestion()).customerId);
    await search('muller');
    await advanceClockOverHttp(40);
    await api.post('/demo/faults', { latencyMs: 10, failureRate: 0.5 });
    await api.post('/demo/role', { role: 'member' });
    await api.post('/demo/merge', {});

    const state = expectStatus(await api.post<DemoState>('/demo/reset'), 200);
    expect(state).toMatchObject(PRISTINE_STATE);
    const list = await listRequests({ pageSize: 100 });
    expect(list.items.map((r) => [r.customerId, r.status, r.attempt])).toEqual(
      pristine.items.map((r) => [r.customerId, r.status, r.attempt]),
    );
    expect(await listSuggestions()).toEqual(pristineSuggestions);
  });
});

describe('Scenarios', () => {
  it('default: a dozen customers in every status, plus a few suggestions', async () => {
    const { items, total } = await listRequests({ pageSize: 100 });
    expect(total).toBeGreaterThanOrEqual(12);
    expect(new Set(items.map((r) => r.status))).toEqual(
      new Set(['pending', 'approved', 'expired', 'rejected', 'withdrawn']),
    );
    const withEmail = items.filter((r) => r.status === 'pending' && r.origin === 'search');
    expect(withEmail.every((r) => r.contactEmail !== null)).toBe(true);
    expect(
      items
        .filter((r) => r.status === 'pending' && r.origin === 'suggestion')
        .every((r) => r.contactEmail === null),
    ).toBe(true);
    expect(items.some((r) => r.status === 'rejected' && r.comment === null)).toBe(true);
    expect(items.some((r) => r.status === 'rejected' && r.comment !== null)).toBe(true);
    const suggestions = await listSuggestions();
    expect(suggestions.total).toBeGreaterThanOrEqual(3);
  });

  it('new-supplier: no requests, suggestions only', async () => {
    loadScenario('new-supplier');
    expect((await listRequests()).total).toBe(0);
    expect((await listSuggestions()).total).toBeGreaterThan(0);
    expect((await getDemoState()).scenario).toBe('new-supplier');
  });

  it('new-supplier over HTTP: POST /api/demo/scenario loads it', async () => {
    const state = expectStatus(
      await api.post<DemoState>('/demo/scenario', { name: 'new-supplier' }),
      200,
    );
    expect(state.scenario).toBe('new-supplier');
    expect((await listRequests()).total).toBe(0);
  });

  it('large-account: 10,000 requests to 10,000 distinct customers, 500 suggestions, search covers the generated names', async () => {
    loadScenario('large-account');
    const first = await listRequests({ pageSize: 100 });
    expect(first.total).toBe(10_000);
    expect(first.items).toHaveLength(100);
    const all = await listAllRequests();
    expect(all).toHaveLength(10_000);
    expect(new Set(all.map((r) => r.customerId)).size).toBe(10_000);
    expect((await listRequests({ pageSize: 100, page: 101 })).items).toEqual([]);

    const suggestions = await listSuggestions();
    expect(suggestions.total).toBe(500);
    expect(suggestions.items).toHaveLength(100);

    const generated = all[7_777];
    if (generated === undefined) throw new Error('no row');
    const hits = expectStatus(await search(generated.customerName), 200).items;
    expect(hits.map((h) => h.customerId)).toContain(generated.customerId);
  }, 30_000);

  it('member: the session answers with role member and the list is refused', async () => {
    loadScenario('member');
    expect((await getSession()).user.role).toBe('member');
    expect(failureOf(await api.get('/connection-requests'))).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    expect((await getDemoState()).scenario).toBe('member');
  });
});
