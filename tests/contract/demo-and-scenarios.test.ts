import { describe, expect, it } from 'vitest';
import type { DemoState } from '../../src/contract';
import { api, failureOf } from './client';
import {
  advanceClock,
  aSuggestion,
  connectFromSuggestion,
  DAY_MS,
  expectStatus,
  freezeClockAt,
  getDemoState,
  getSession,
  listAllRequests,
  listRequests,
  listSuggestions,
  loadScenario,
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

describe('Demo controls', { tags: ['demo'] }, () => {
  it('GET /api/demo/state describes the default scenario on start', async () => {
    expect(await getDemoState()).toMatchObject(PRISTINE_STATE);
  });

  it('POST /api/demo/clock moves the server clock forward by whole days', async () => {
    const before = await getSession();
    const state = await advanceClock(7);
    expect(state.clockOffsetDays).toBe(7);
    const moved = millis(state.serverTime) - millis(before.serverTime);
    expect(moved).toBeGreaterThanOrEqual(7 * DAY_MS);
    expect(moved).toBeLessThan(7 * DAY_MS + 60_000);
    expect((await advanceClock(3)).clockOffsetDays).toBe(10);
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

  it('POST /api/demo/clock { freezeAt } stops the server clock there; advancing moves it; null lets it run', async () => {
    const instant = Date.parse('2031-05-04T03:02:01.789Z');
    const frozen = await freezeClockAt(instant);
    expect(millis(frozen.serverTime)).toBe(instant);
    expect(millis((await getSession()).serverTime)).toBe(instant);
    expect(millis((await getDemoState()).serverTime)).toBe(instant);
    expect(millis((await advanceClock(2)).serverTime)).toBe(instant + 2 * DAY_MS);

    const running = expectStatus(await api.post<DemoState>('/demo/clock', { freezeAt: null }), 200);
    // Real time again, moved by the 2 days advanced meanwhile.
    expect(Math.abs(millis(running.serverTime) - (Date.now() + 2 * DAY_MS))).toBeLessThan(60_000);
    expect(running.clockOffsetDays).toBe(2);
  });

  it.each([
    ['a date without a time', { freezeAt: '2031-05-04' }],
    ['a time without a zone', { freezeAt: '2031-05-04T03:02:01' }],
    ['a number', { freezeAt: 1_900_000_000_000 }],
    ['a year past 9000', { freezeAt: '9999-01-01T00:00:00Z' }],
    ['both fields', { freezeAt: null, advanceDays: 1 }],
  ])(
    'POST /api/demo/clock refuses %s with 422 invalid_input naming freezeAt',
    async (_name, body) => {
      expect(failureOf(await api.post('/demo/clock', body))).toEqual({
        status: 422,
        code: 'invalid_input',
        field: 'freezeAt',
      });
    },
  );

  it('POST /api/demo/clock stops at 36,500 days ahead: more than what is left is 422, and every endpoint still answers', async () => {
    for (let step = 0; step < 9; step += 1) await advanceClock(3650);
    expect((await advanceClock(3640)).clockOffsetDays).toBe(36_490);
    expect(failureOf(await api.post('/demo/clock', { advanceDays: 11 }))).toEqual({
      status: 422,
      code: 'invalid_input',
      field: 'advanceDays',
    });
    expect((await advanceClock(10)).clockOffsetDays).toBe(36_500);
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
    await advanceClock(40);
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

describe('Scenarios', { tags: ['demo'] }, () => {
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
    await loadScenario('new-supplier');
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
    await loadScenario('large-account');
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
    await loadScenario('member');
    expect((await getSession()).user.role).toBe('member');
    expect(failureOf(await api.get('/connection-requests'))).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    expect((await getDemoState()).scenario).toBe('member');
  });
});
