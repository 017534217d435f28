/**
 * The demo state's pending list: what "act as the customer" picks from. Part of the demo state,
 * so it answers whatever the role and the injected faults (the demo operator's controls).
 */
import { describe, expect, it } from 'vitest';
import { api } from './client';
import {
  advanceClock,
  expectStatus,
  getDemoState,
  listAllRequests,
  millis,
  respond,
  loadScenario,
} from './helpers';

describe(
  'DemoState.pending: the requests pending now, for "act as the customer"',
  { tags: ['demo'] },
  () => {
    it('lists every pending request, newest first, with the total', async () => {
      const { pending } = await getDemoState();
      const expected = await listAllRequests({ status: 'pending' });
      expect(pending.total).toBe(expected.length);
      expect(pending.items.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      expect(pending.items.every((r) => r.status === 'pending')).toBe(true);
      const sentAt = pending.items.map((r) => millis(r.sentAt));
      expect(sentAt).toEqual([...sentAt].sort((a, b) => b - a));
    });

    it('large-account: the newest 100 and the total of all pending requests', async () => {
      await loadScenario('large-account');
      const { pending } = await getDemoState();
      expect(pending.items).toHaveLength(100);
      expect(pending.total).toBeGreaterThan(100);
      const newest = expectStatus(
        await api.get<{ items: { id: string }[]; total: number }>('/connection-requests', {
          query: { status: 'pending', pageSize: 100 },
        }),
        200,
      );
      expect(pending.total).toBe(newest.total);
      expect(pending.items.map((r) => r.id)).toEqual(newest.items.map((r) => r.id));
    });

    it('is answered while the role is member', async () => {
      const before = await getDemoState();
      expectStatus(await api.post('/demo/role', { role: 'member' }), 200);
      expect((await api.get('/connection-requests')).status).toBe(403);
      const state = await getDemoState();
      expect(state.role).toBe('member');
      expect(state.pending).toEqual(before.pending);
    });

    it('is answered while every other call fails (failureRate 1)', async () => {
      const before = await getDemoState();
      expectStatus(await api.post('/demo/faults', { latencyMs: 0, failureRate: 1 }), 200);
      expect((await api.get('/connection-requests')).status).toBe(503);
      expect((await getDemoState()).pending).toEqual(before.pending);
    });

    it('an answered request leaves the list', async () => {
      const { pending } = await getDemoState();
      const [first] = pending.items;
      if (first === undefined) throw new Error('The data has no pending request');
      expectStatus(await respond(first.id, 'approve'), 200);
      const after = (await getDemoState()).pending;
      expect(after.items.map((r) => r.id)).not.toContain(first.id);
      expect(after.total).toBe(pending.total - 1);
    });

    it('a request past its 30 days is no longer pending (R2)', async () => {
      expect((await getDemoState()).pending.total).toBeGreaterThan(0);
      const state = await advanceClock(30);
      expect(state.pending).toEqual({ items: [], total: 0 });
    });
  },
);
