import { describe, expect, it } from 'vitest';
import { api, failureOf, type ApiResponse } from './client';
import { aSuggestion, findRequest, getSession, searchRequestBody, setRole } from './helpers';

/** Ids an admin can see, gathered before the role switch so every member call has a target. */
async function gatherTargets() {
  const pending = await findRequest('pending', (r) => r.status === 'pending');
  const approved = await findRequest('approved', (r) => r.status === 'approved');
  const suggestion = await aSuggestion();
  return { pending, approved, suggestion };
}

describe('R1: only administrators may list, search or send', () => {
  it(
    'R1: the session still answers for a member, with role member',
    { tags: ['demo'] },
    async () => {
      await setRole('member');
      const session = await getSession();
      expect(session.user.role).toBe('member');
    },
  );

  it('R1: an administrator is answered normally (the baseline the 403s are measured against)', async () => {
    const session = await getSession();
    expect(session.user.role).toBe('admin');
    expect((await api.get('/connection-requests')).status).toBe(200);
  });

  const memberCalls: [
    string,
    (t: Awaited<ReturnType<typeof gatherTargets>>) => Promise<ApiResponse<unknown>>,
  ][] = [
    ['GET /connection-requests', () => api.get('/connection-requests')],
    ['GET /customers/search', () => api.get('/customers/search', { query: { q: 'muller' } })],
    [
      'POST /connection-requests from a suggestion',
      (t) =>
        api.post('/connection-requests', {
          customerId: t.suggestion.customerId,
          origin: 'suggestion',
        }),
    ],
    [
      'POST /connection-requests from a search',
      (t) => api.post('/connection-requests', searchRequestBody(t.suggestion.customerId)),
    ],
    [
      'POST /connection-requests/{id}/withdraw',
      (t) => api.post(`/connection-requests/${t.pending.id}/withdraw`),
    ],
    ['GET /suggestions', () => api.get('/suggestions')],
    [
      'POST /suggestions/{customerId}/dismiss',
      (t) => api.post(`/suggestions/${t.suggestion.customerId}/dismiss`),
    ],
    [
      'GET /connection-requests/{id}/history',
      (t) => api.get(`/connection-requests/${t.pending.id}/history`),
    ],
    [
      'GET /customers/{customerId}/accounts',
      (t) => api.get(`/customers/${t.approved.customerId}/accounts`),
    ],
  ];

  it.each(memberCalls)(
    'R1: a member gets 403 forbidden on %s',
    { tags: ['demo'] },
    async (_name, call) => {
      const targets = await gatherTargets();
      await setRole('member');
      expect(failureOf(await call(targets))).toMatchObject({ status: 403, code: 'forbidden' });
    },
  );

  it(
    'R1: a refused member changes nothing (no request sent, no search spent, nothing withdrawn)',
    { tags: ['demo'] },
    async () => {
      const targets = await gatherTargets();
      const before = await getSession();
      await setRole('member');
      for (const [, call] of memberCalls) await call(targets);
      await setRole('admin');
      const after = await getSession();
      expect(after.searchesRemaining).toBe(before.searchesRemaining);
      const pendingNow = await findRequest('the same pending', (r) => r.id === targets.pending.id);
      expect(pendingNow.status).toBe('pending');
      const suggestions = await api.get<{ items: { customerId: string }[] }>('/suggestions');
      expect(suggestions.body.items.map((s) => s.customerId)).toContain(
        targets.suggestion.customerId,
      );
    },
  );
});
