import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  aSuggestion,
  connectFromSuggestion,
  DAY_MS,
  expectStatus,
  findRequest,
  freezeClockAt,
  getHistory,
  getSession,
  latestRequestTo,
  millis,
  respond,
} from './helpers';
import { failureOf } from './client';

describe('R2: a pending request expires 30 days after it was sent', () => {
  it(
    'R2: expiry is exact: 1 ms before sentAt + 30 days still pending, at sentAt + 30 days expired',
    { tags: ['demo'] },
    async () => {
      // A frozen server clock, so that the boundary is reached to the millisecond.
      const start = millis((await getSession()).serverTime);
      await freezeClockAt(start);
      const { customerId } = await aSuggestion();
      const sent = expectStatus(await connectFromSuggestion(customerId), 201);
      expect(millis(sent.sentAt)).toBe(start);

      expect(millis((await advanceClock(29)).serverTime)).toBe(start + 29 * DAY_MS);
      await freezeClockAt(start + 30 * DAY_MS - 1);
      expect((await latestRequestTo(customerId))?.status).toBe('pending');
      await freezeClockAt(start + 30 * DAY_MS);
      expect((await latestRequestTo(customerId))?.status).toBe('expired');
      expect(millis((await getSession()).serverTime)).toBe(millis(sent.expiresAt));
    },
  );

  it('R2: expiresAt is sentAt + 30 days, and sentAt is the server clock', async () => {
    const { serverTime } = await getSession();
    const { customerId } = await aSuggestion();
    const sent = expectStatus(await connectFromSuggestion(customerId), 201);
    expect(millis(sent.sentAt)).toBeGreaterThanOrEqual(millis(serverTime));
    expect(millis(sent.sentAt) - millis(serverTime)).toBeLessThan(DAY_MS);
    expect(millis(sent.expiresAt) - millis(sent.sentAt)).toBe(30 * DAY_MS);
  });

  it(
    'R2: after 29 days a request is still pending; one more day and it is expired',
    { tags: ['demo'] },
    async () => {
      const { customerId } = await aSuggestion();
      const sent = expectStatus(await connectFromSuggestion(customerId), 201);

      await advanceClock(29);
      expect((await latestRequestTo(customerId))?.status).toBe('pending');
      expect((await getHistory(sent.id))[0]?.status).toBe('pending');

      await advanceClock(1);
      const expired = await latestRequestTo(customerId);
      expect(expired).toMatchObject({ id: sent.id, status: 'expired', respondedAt: null });
      expect(expired?.expiresAt).toBe(sent.expiresAt);
      expect((await getHistory(sent.id))[0]?.status).toBe('expired');
    },
  );

  it(
    'R2: the seeded 29-day-old pending request expires when the clock moves one day',
    { tags: ['demo'] },
    async () => {
      const { serverTime } = await getSession();
      const old = await findRequest(
        'pending and 29 days old',
        (r) =>
          r.status === 'pending' &&
          Math.floor((millis(serverTime) - millis(r.sentAt)) / DAY_MS) === 29,
      );
      await advanceClock(1);
      expect((await latestRequestTo(old.customerId))?.status).toBe('expired');
    },
  );

  it(
    'R2: expiry follows the server clock shown in the session and the list',
    { tags: ['demo'] },
    async () => {
      const before = await getSession();
      await advanceClock(3);
      const after = await getSession();
      expect(millis(after.serverTime) - millis(before.serverTime)).toBeGreaterThanOrEqual(
        3 * DAY_MS,
      );
      expect(millis(after.serverTime) - millis(before.serverTime)).toBeLessThan(4 * DAY_MS);
    },
  );

  it(
    'R2: an expired request is not answerable and can be sent again (attempt 2)',
    { tags: ['demo'] },
    async () => {
      const { customerId } = await aSuggestion();
      const first = expectStatus(await connectFromSuggestion(customerId), 201);
      await advanceClock(30);
      expect(failureOf(await respond(first.id, 'approve'))).toMatchObject({
        status: 409,
        code: 'not_pending',
      });
      const second = expectStatus(await connectFromSuggestion(customerId), 201);
      expect(second).toMatchObject({ status: 'pending', attempt: 2, attemptsLeft: 1 });
      expect(second.id).not.toBe(first.id);
    },
  );
});
