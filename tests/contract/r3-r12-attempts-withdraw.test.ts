import { describe, expect, it } from 'vitest';
import type { ConnectionRequest } from '../../src/contract';
import { api, failureOf } from './client';
import {
  advanceClock,
  aSuggestion,
  connectFromSuggestion,
  createRequest,
  expectStatus,
  findRequest,
  getHistory,
  latestRequestTo,
  respond,
  searchRequestBody,
  withdraw,
} from './helpers';

describe('R3: at most three requests per customer, only when nothing is pending, approved or rejected', () => {
  it(
    'R3: attempt and attemptsLeft count up to 3 (withdraw and expiry between), the 4th is request_limit_reached',
    { tags: ['demo'] },
    async () => {
      const { customerId } = await aSuggestion();

      const first = expectStatus(await connectFromSuggestion(customerId), 201);
      expect(first).toMatchObject({ attempt: 1, attemptsLeft: 2, status: 'pending' });
      expectStatus(await withdraw(first.id), 200);

      const second = expectStatus(await connectFromSuggestion(customerId), 201);
      expect(second).toMatchObject({ attempt: 2, attemptsLeft: 1, status: 'pending' });
      await advanceClock(30);
      expect((await latestRequestTo(customerId))?.status).toBe('expired');

      const third = expectStatus(await createRequest(searchRequestBody(customerId)), 201);
      expect(third).toMatchObject({ attempt: 3, attemptsLeft: 0, status: 'pending' });
      const withdrawn = expectStatus(await withdraw(third.id), 200);
      expect(withdrawn).toMatchObject({ status: 'withdrawn', attempt: 3, attemptsLeft: 0 });

      expect(failureOf(await connectFromSuggestion(customerId))).toMatchObject({
        status: 409,
        code: 'request_limit_reached',
      });
      expect(failureOf(await createRequest(searchRequestBody(customerId)))).toMatchObject({
        status: 409,
        code: 'request_limit_reached',
      });
      expect(await getHistory(third.id)).toHaveLength(3);
    },
  );

  it('R3: every earlier request shows the attempts left after the latest one', async () => {
    const { customerId } = await aSuggestion();
    const first = expectStatus(await connectFromSuggestion(customerId), 201);
    expectStatus(await withdraw(first.id), 200);
    expectStatus(await connectFromSuggestion(customerId), 201);
    const history = await getHistory(first.id);
    expect(history.map((r) => [r.attempt, r.attemptsLeft])).toEqual([
      [2, 1],
      [1, 1],
    ]);
  });

  it.each([
    ['pending', 'request_pending', (r: ConnectionRequest) => r.status === 'pending'],
    ['approved', 'already_connected', (r: ConnectionRequest) => r.status === 'approved'],
    // Rejected is final even with attempts left.
    [
      'rejected',
      'request_rejected',
      (r: ConnectionRequest) => r.status === 'rejected' && r.attemptsLeft > 0,
    ],
  ] as const)(
    'R3: a customer whose request is %s gets 409 %s, from a suggestion and from a search',
    async (status, code, predicate) => {
      const { customerId } = await findRequest(status, predicate);
      for (const body of [{ customerId, origin: 'suggestion' }, searchRequestBody(customerId)]) {
        expect(failureOf(await createRequest(body))).toMatchObject({ status: 409, code });
      }
    },
  );

  it('R3: a seeded expired request with attempts left can be sent again, one with none left cannot', async () => {
    const withAttempts = await findRequest(
      'expired with attempts left',
      (r) => r.status === 'expired' && r.attemptsLeft > 0,
    );
    const exhausted = await findRequest(
      'expired with no attempts left',
      (r) => r.status === 'expired' && r.attemptsLeft === 0,
    );
    const again = expectStatus(await connectFromSuggestion(withAttempts.customerId), 201);
    expect(again).toMatchObject({
      attempt: withAttempts.attempt + 1,
      attemptsLeft: withAttempts.attemptsLeft - 1,
      origin: 'suggestion',
      contactEmail: null,
    });
    expect(failureOf(await connectFromSuggestion(exhausted.customerId))).toMatchObject({
      status: 409,
      code: 'request_limit_reached',
    });
  });

  it('R3: a refused request creates nothing', async () => {
    const pending = await findRequest('pending', (r) => r.status === 'pending');
    const before = await getHistory(pending.id);
    await connectFromSuggestion(pending.customerId);
    expect(await getHistory(pending.id)).toEqual(before);
  });
});

describe('R12: only a pending request can be withdrawn', () => {
  it('R12: withdrawing a pending request returns it as withdrawn, and a new one may be sent at once', async () => {
    const { customerId } = await aSuggestion();
    const sent = expectStatus(await connectFromSuggestion(customerId), 201);
    const withdrawn = expectStatus(await withdraw(sent.id), 200);
    expect(withdrawn).toMatchObject({
      id: sent.id,
      status: 'withdrawn',
      attempt: 1,
      attemptsLeft: 2,
    });
    expect((await latestRequestTo(customerId))?.status).toBe('withdrawn');

    const resent = expectStatus(await connectFromSuggestion(customerId), 201);
    expect(resent).toMatchObject({ status: 'pending', attempt: 2, attemptsLeft: 1 });
  });

  it.each(['approved', 'rejected', 'expired', 'withdrawn'] as const)(
    'R12: withdrawing a %s request gets 409 not_pending and changes nothing',
    async (status) => {
      const target = await findRequest(status, (r) => r.status === status);
      expect(failureOf(await withdraw(target.id))).toMatchObject({
        status: 409,
        code: 'not_pending',
      });
      expect((await latestRequestTo(target.customerId))?.status).toBe(status);
    },
  );

  it('R12: withdrawing twice gets 409 not_pending the second time', async () => {
    const { customerId } = await aSuggestion();
    const sent = expectStatus(await connectFromSuggestion(customerId), 201);
    expectStatus(await withdraw(sent.id), 200);
    expect(failureOf(await withdraw(sent.id))).toMatchObject({ status: 409, code: 'not_pending' });
  });

  it(
    'R12: a withdrawn request cannot be answered by the customer',
    { tags: ['demo'] },
    async () => {
      const { customerId } = await aSuggestion();
      const sent = expectStatus(await connectFromSuggestion(customerId), 201);
      expectStatus(await withdraw(sent.id), 200);
      expect(failureOf(await respond(sent.id, 'approve'))).toMatchObject({
        status: 409,
        code: 'not_pending',
      });
    },
  );

  it('not_found: withdrawing or reading the history of an unknown request gets 404 not_found', async () => {
    expect(failureOf(await withdraw('no-such-request'))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(failureOf(await api.get('/connection-requests/no-such-request/history'))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });
});
