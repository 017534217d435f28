import { describe, expect, it } from 'vitest';
import type { DemoState } from '../../src/contract';
import { api, failureOf, type ApiResponse } from './client';
import {
  aSuggestion,
  expectStatus,
  findRequest,
  getHistory,
  latestRequestTo,
  listSuggestions,
  setFaults,
} from './helpers';

/** The requests and the suggestion the calls below target. */
async function targets() {
  const pending = await findRequest('pending', (r) => r.status === 'pending');
  const approved = await findRequest('approved', (r) => r.status === 'approved');
  const suggested = (await aSuggestion()).customerId;
  return { pending, approved, suggested };
}

/** Every non-demo endpoint, with a plausible target (gathered before faults are switched on). */
async function everyUserCall(
  target?: Awaited<ReturnType<typeof targets>>,
): Promise<[string, () => Promise<ApiResponse<unknown>>][]> {
  const { pending, approved, suggested } = target ?? (await targets());
  return [
    ['GET /session', () => api.get('/session')],
    ['GET /connection-requests', () => api.get('/connection-requests')],
    [
      'GET /connection-requests/{id}/history',
      () => api.get(`/connection-requests/${pending.id}/history`),
    ],
    [
      'POST /connection-requests',
      () => api.post('/connection-requests', { customerId: suggested, origin: 'suggestion' }),
    ],
    [
      'POST /connection-requests/{id}/withdraw',
      () => api.post(`/connection-requests/${pending.id}/withdraw`),
    ],
    ['GET /suggestions', () => api.get('/suggestions')],
    ['POST /suggestions/{id}/dismiss', () => api.post(`/suggestions/${suggested}/dismiss`)],
    ['GET /customers/search', () => api.get('/customers/search', { query: { q: 'muller' } })],
    ['GET /customers/{id}/accounts', () => api.get(`/customers/${approved.customerId}/accounts`)],
  ];
}

describe(
  'Injected faults apply to every non-demo endpoint, never to the demo controls',
  { tags: ['demo'] },
  () => {
    it('failureRate 1: every non-demo endpoint, /api/session included, gets 503 service_unavailable', async () => {
      const calls = await everyUserCall();
      await setFaults({ latencyMs: 0, failureRate: 1 });
      for (const [name, call] of calls) {
        expect({ name, ...failureOf(await call()) }).toMatchObject({
          name,
          status: 503,
          code: 'service_unavailable',
        });
      }
    });

    it('failureRate 1: a failed write changes nothing (nothing sent, withdrawn, dismissed or spent)', async () => {
      const target = await targets();
      const calls = await everyUserCall(target);
      const before = expectStatus(await api.get<DemoState>('/demo/state'), 200);
      await setFaults({ latencyMs: 0, failureRate: 1 });
      for (const [, call] of calls) await call();
      await setFaults({ latencyMs: 0, failureRate: 0 });
      // The withdraw failed: the request is still pending.
      const [latest] = await getHistory(target.pending.id);
      expect(latest).toMatchObject({ id: target.pending.id, status: 'pending' });
      // Neither the connect nor the dismiss reached the suggestion: it is still open.
      const open = (await listSuggestions({ pageSize: 100 })).items.map((s) => s.customerId);
      expect(open).toContain(target.suggested);
      expect(await latestRequestTo(target.suggested)).toBeUndefined();
      // The search was not counted.
      const after = expectStatus(await api.get<DemoState>('/demo/state'), 200);
      expect(after.searchesRemaining).toBe(before.searchesRemaining);
    });

    it('failureRate 1: the demo endpoints still work', async () => {
      const pending = await findRequest('pending', (r) => r.status === 'pending');
      await setFaults({ latencyMs: 0, failureRate: 1 });
      expect(expectStatus(await api.get<DemoState>('/demo/state'), 200).faults.failureRate).toBe(1);
      expectStatus(await api.post('/demo/clock', { advanceDays: 1 }), 200);
      expectStatus(await api.post('/demo/role', { role: 'admin' }), 200);
      expectStatus(await api.post('/demo/reset-searches'), 200);
      expectStatus(
        await api.post('/demo/respond', { requestId: pending.id, decision: 'approve' }),
        200,
      );
      expectStatus(await api.post('/demo/merge', {}), 200);
      expectStatus(await api.post('/demo/scenario', { name: 'new-supplier' }), 200);
      const reset = expectStatus(await api.post<DemoState>('/demo/reset'), 200);
      expect(reset.faults).toEqual({ latencyMs: 0, failureRate: 0 });
      expect((await api.get('/session')).status).toBe(200);
    });

    it('failureRate 0: nothing fails', async () => {
      await setFaults({ latencyMs: 0, failureRate: 0 });
      for (const [, call] of await everyUserCall()) expect((await call()).status).toBeLessThan(500);
    });

    it('POST /api/demo/faults sets them over HTTP and rejects values out of range with 422 invalid_input', async () => {
      const state = expectStatus(
        await api.post<DemoState>('/demo/faults', { latencyMs: 0, failureRate: 1 }),
        200,
      );
      expect(state.faults).toEqual({ latencyMs: 0, failureRate: 1 });
      expect(failureOf(await api.get('/session'))).toMatchObject({ status: 503 });
      expect(failureOf(await api.post('/demo/faults', { latencyMs: 0, failureRate: 2 }))).toEqual({
        status: 422,
        code: 'invalid_input',
        field: 'failureRate',
      });
      expect(failureOf(await api.post('/demo/faults', { latencyMs: -1, failureRate: 0 }))).toEqual({
        status: 422,
        code: 'invalid_input',
        field: 'latencyMs',
      });
    });

    it('latency delays every non-demo response, and not the demo controls', async () => {
      const latencyMs = 1000;
      await setFaults({ latencyMs, failureRate: 0 });
      const timed = async (call: () => Promise<ApiResponse<unknown>>) => {
        const start = performance.now();
        const response = await call();
        return { status: response.status, ms: performance.now() - start };
      };
      const session = await timed(() => api.get('/session'));
      expect(session.status).toBe(200);
      expect(session.ms).toBeGreaterThanOrEqual(latencyMs - 5);
      const list = await timed(() => api.get('/connection-requests'));
      expect(list.ms).toBeGreaterThanOrEqual(latencyMs - 5);
      // Generous bound: the demo control answers without the injected delay.
      const demo = await timed(() => api.get('/demo/state'));
      expect(demo.ms).toBeLessThan(latencyMs);
    });
  },
);
