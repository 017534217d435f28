/**
 * GET /api/connection-requests?respondedAfter=…: the requests answered strictly after an
 * instant, for "since your last visit". Complete in every scenario: a filter, not a window of
 * the most recent rows. HTTP only.
 */
import { describe, expect, it } from 'vitest';
import { api, failureOf } from './client';
import {
  expectStatus,
  getSession,
  listAllRequests,
  listRequests,
  millis,
  respond,
  loadScenario,
} from './helpers';

const iso = (ms: number) => new Date(ms).toISOString();

/** An instant just before now on the server clock: whatever is answered next is after it. */
async function justBeforeNow(): Promise<number> {
  return millis((await getSession()).serverTime) - 1;
}

async function oldestPending() {
  const [oldest] = (await listRequests({ status: 'pending', sort: 'sentAt', order: 'asc' })).items;
  if (oldest === undefined) throw new Error('The data has no pending request');
  return oldest;
}

describe('GET /api/connection-requests?respondedAfter', () => {
  it(
    'lists the requests answered after the instant, and nothing answered before it',
    { tags: ['demo'] },
    async () => {
      const lastVisit = await justBeforeNow();
      expect((await listRequests({ respondedAfter: iso(lastVisit) })).total).toBe(0);
      const pending = await listAllRequests({ status: 'pending' });
      const [first, second] = pending;
      if (first === undefined || second === undefined) throw new Error('Too few pending requests');
      const approved = expectStatus(await respond(first.id, 'approve'), 200);
      const rejected = expectStatus(await respond(second.id, 'reject', 'Not now.'), 200);
      const since = await listAllRequests({ respondedAfter: iso(lastVisit) });
      expect(since.map((r) => r.id).sort()).toEqual([approved.id, rejected.id].sort());
      expect(since.map((r) => r.status).sort()).toEqual(['approved', 'rejected']);
    },
  );

  it(
    'is exclusive: an answer given at the instant itself is not after it',
    { tags: ['demo'] },
    async () => {
      const answered = expectStatus(await respond((await oldestPending()).id, 'approve'), 200);
      const at = answered.respondedAt;
      if (at === null) throw new Error('An approved request has respondedAt');
      const ids = async (instant: number) =>
        (await listAllRequests({ respondedAfter: iso(instant) })).map((r) => r.id);
      expect(await ids(millis(at))).not.toContain(answered.id);
      expect(await ids(millis(at) - 1)).toContain(answered.id);
    },
  );

  it('combines with the status filter', { tags: ['demo'] }, async () => {
    const lastVisit = await justBeforeNow();
    expectStatus(await respond((await oldestPending()).id, 'reject'), 200);
    expect((await listRequests({ respondedAfter: iso(lastVisit), status: 'approved' })).total).toBe(
      0,
    );
    expect((await listRequests({ respondedAfter: iso(lastVisit), status: 'rejected' })).total).toBe(
      1,
    );
  });

  it(
    'large-account: an answer given now is found although thousands of requests were sent after it',
    { tags: ['demo'] },
    async () => {
      await loadScenario('large-account');
      const lastVisit = await justBeforeNow();
      const oldest = await oldestPending();
      // Every other pending request was sent after the oldest one.
      const sentAfterIt = (await listRequests({ status: 'pending' })).total - 1;
      expect(sentAfterIt).toBeGreaterThan(1000);
      expectStatus(await respond(oldest.id, 'approve'), 200);
      const since = await listRequests({ respondedAfter: iso(lastVisit) });
      expect(since.total).toBe(1);
      expect(since.items[0]).toMatchObject({ id: oldest.id, status: 'approved' });
    },
  );

  it.each(['yesterday', '2026-01-15', '2026-01-15T12:00:00', '2026-02-30T00:00:00Z', '0'])(
    'respondedAfter=%s → 422 invalid_input naming respondedAfter',
    async (respondedAfter) => {
      expect(
        failureOf(await api.get('/connection-requests', { query: { respondedAfter } })),
      ).toEqual({ status: 422, code: 'invalid_input', field: 'respondedAfter' });
    },
  );
});
