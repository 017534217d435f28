import { describe, expect, it } from 'vitest';
import { api, failureOf } from './client';
import {
  expectStatus,
  findRequest,
  getHistory,
  getSession,
  latestRequestTo,
  millis,
  respond,
} from './helpers';

const pendingRequest = () => findRequest('pending', (r) => r.status === 'pending');

describe(
  'POST /api/demo/respond: the customer answers a pending request',
  { tags: ['demo'] },
  () => {
    it('approve: the request becomes approved with respondedAt = the server clock', async () => {
      const pending = await pendingRequest();
      const { serverTime } = await getSession();
      const approved = expectStatus(await respond(pending.id, 'approve'), 200);
      expect(approved).toMatchObject({ id: pending.id, status: 'approved', comment: null });
      expect(millis(approved.respondedAt ?? '')).toBeGreaterThanOrEqual(millis(serverTime));
      expect((await latestRequestTo(pending.customerId))?.status).toBe('approved');
    });

    it('reject without a comment: rejected, comment null', async () => {
      const pending = await pendingRequest();
      const rejected = expectStatus(await respond(pending.id, 'reject'), 200);
      expect(rejected).toMatchObject({ status: 'rejected', comment: null });
      expect(rejected.respondedAt).not.toBeNull();
    });

    it('R9: a comment of exactly 500 characters is accepted and returned whole', async () => {
      const pending = await pendingRequest();
      const comment = 'ä'.repeat(500);
      const rejected = expectStatus(await respond(pending.id, 'reject', comment), 200);
      expect(rejected.comment).toBe(comment);
    });

    it('R9: a comment of 501 characters gets 422 invalid_input naming comment, and nothing changes', async () => {
      const pending = await pendingRequest();
      expect(failureOf(await respond(pending.id, 'reject', 'x'.repeat(501)))).toEqual({
        status: 422,
        code: 'invalid_input',
        field: 'comment',
      });
      expect((await latestRequestTo(pending.customerId))?.status).toBe('pending');
    });

    it('R9: an HTML-looking comment is returned verbatim, not escaped or stripped', async () => {
      const pending = await pendingRequest();
      const comment = `<b>No</b> & "thanks" <script>alert('x')</script> &lt;`;
      expectStatus(await respond(pending.id, 'reject', comment), 200);
      expect((await latestRequestTo(pending.customerId))?.comment).toBe(comment);
      expect((await getHistory(pending.id))[0]?.comment).toBe(comment);
    });

    it('R9: the seeded HTML-looking rejection comment comes back as the raw text', async () => {
      const rejected = await findRequest(
        'rejected with an HTML-looking comment',
        (r) => r.status === 'rejected' && /<[a-z]+/i.test(r.comment ?? ''),
      );
      expect(rejected.comment).toMatch(/<script>/);
      expect(rejected.comment).not.toMatch(/&lt;|&gt;/);
    });

    it.each(['approved', 'rejected', 'expired', 'withdrawn'] as const)(
      'answering a %s request gets 409 not_pending',
      async (status) => {
        const request = await findRequest(status, (r) => r.status === status);
        expect(failureOf(await respond(request.id, 'approve'))).toMatchObject({
          status: 409,
          code: 'not_pending',
        });
        expect((await latestRequestTo(request.customerId))?.status).toBe(status);
      },
    );

    it('answering an unknown request gets 404 not_found; a bad decision 422 invalid_input', async () => {
      expect(failureOf(await respond('no-such-request', 'approve'))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
      const pending = await pendingRequest();
      expect(
        failureOf(await api.post('/demo/respond', { requestId: pending.id, decision: 'maybe' })),
      ).toEqual({ status: 422, code: 'invalid_input', field: 'decision' });
    });

    it('demo controls ignore the role: a member session can still be answered for', async () => {
      const pending = await pendingRequest();
      expectStatus(await api.post('/demo/role', { role: 'member' }), 200);
      expect(expectStatus(await respond(pending.id, 'approve'), 200).status).toBe('approved');
    });
  },
);
