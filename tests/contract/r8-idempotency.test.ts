import { describe, expect, it } from 'vitest';
import { api, failureOf } from './client';
import {
  advanceClock,
  aSuggestion,
  connectFromSuggestion,
  createRequest,
  expectStatus,
  getHistory,
  idempotencyKey,
  latestRequestTo,
  listRequests,
  searchRequestBody,
  withdraw,
} from './helpers';

/** The same name gives the same key within a test; every run gets fresh ones. */
const withKey = (name: string) => ({ headers: { 'Idempotency-Key': idempotencyKey(name) } });

describe('R8: repeating a POST with the same Idempotency-Key returns the first result and creates nothing new', () => {
  it('R8: the same key twice gives the same 201 body and one request in the history', async () => {
    const { customerId } = await aSuggestion();
    const { total: before } = await listRequests();
    const first = await connectFromSuggestion(customerId, withKey('key-1'));
    const again = await connectFromSuggestion(customerId, withKey('key-1'));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await getHistory(first.body.id)).toHaveLength(1);
    expect((await listRequests()).total).toBe(before + 1);
  });

  it('R8: a request from a search repeated with its key is not refused for its used captcha', async () => {
    const { customerId } = await aSuggestion();
    const body = searchRequestBody(customerId);
    const first = expectStatus(await createRequest(body, withKey('search-key')), 201);
    const again = expectStatus(await createRequest(body, withKey('search-key')), 201);
    expect(again).toEqual(first);
    expect(await getHistory(first.id)).toHaveLength(1);
  });

  it('R8: a different key for the same customer is a new attempt and meets the conflict (409 request_pending)', async () => {
    const { customerId } = await aSuggestion();
    const first = expectStatus(await connectFromSuggestion(customerId, withKey('key-a')), 201);
    expect(failureOf(await connectFromSuggestion(customerId, withKey('key-b')))).toMatchObject({
      status: 409,
      code: 'request_pending',
    });
    expect(await getHistory(first.id)).toHaveLength(1);
  });

  it('R8: without a key, a repeated POST is a new attempt (409 request_pending)', async () => {
    const { customerId } = await aSuggestion();
    expectStatus(await connectFromSuggestion(customerId), 201);
    expect(failureOf(await connectFromSuggestion(customerId))).toMatchObject({
      status: 409,
      code: 'request_pending',
    });
  });

  it('R8: the replay holds after the state moved on (withdrawn meanwhile: still the first body, no new request)', async () => {
    const { customerId } = await aSuggestion();
    const first = expectStatus(await connectFromSuggestion(customerId, withKey('key-w')), 201);
    expectStatus(await withdraw(first.id), 200);
    const again = await connectFromSuggestion(customerId, withKey('key-w'));
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.id);
    expect(await getHistory(first.id)).toHaveLength(1);
  });
});

describe('R8: a key is bound to its first body, and a repeat must wait for the first answer', () => {
  it('R8: the same key with a different body gets 422 idempotency_key_reused and creates nothing', async () => {
    const first = await aSuggestion(0);
    const second = await aSuggestion(1);
    expectStatus(await connectFromSuggestion(first.customerId, withKey('key-r')), 201);
    const reused = await connectFromSuggestion(second.customerId, withKey('key-r'));
    expect(failureOf(reused)).toEqual({
      status: 422,
      code: 'idempotency_key_reused',
      field: 'Idempotency-Key',
    });
    expect(await latestRequestTo(second.customerId)).toBeUndefined();
  });

  it(
    'R8: a repeat sent while the first call is still being handled gets 409 idempotency_key_in_flight',
    { tags: ['demo'] },
    async () => {
      const { customerId } = await aSuggestion();
      // Latency keeps the first call in flight long enough for the repeat to arrive.
      expectStatus(await api.post('/demo/faults', { latencyMs: 300, failureRate: 0 }), 200);
      const [first, repeat] = await Promise.all([
        connectFromSuggestion(customerId, withKey('key-f')),
        connectFromSuggestion(customerId, withKey('key-f')),
      ]);
      expect([first.status, repeat.status].sort()).toEqual([201, 409]);
      const refused = first.status === 409 ? first : repeat;
      const created = first.status === 201 ? first : repeat;
      expect(failureOf(refused)).toMatchObject({ code: 'idempotency_key_in_flight' });
      // Once answered, the repeat is replayed.
      const later = await connectFromSuggestion(customerId, withKey('key-f'));
      expect(later.body).toEqual(created.body);
      expect(await getHistory(created.body.id)).toHaveLength(1);
    },
  );

  it(
    'R8: answers are kept for 24 hours of server time; a key repeated later is a new attempt',
    { tags: ['demo'] },
    async () => {
      const { customerId } = await aSuggestion();
      const first = expectStatus(await connectFromSuggestion(customerId, withKey('key-t')), 201);
      expectStatus(await withdraw(first.id), 200);
      expect((await connectFromSuggestion(customerId, withKey('key-t'))).body).toEqual(first);
      await advanceClock(1);
      const later = expectStatus(await connectFromSuggestion(customerId, withKey('key-t')), 201);
      expect(later.id).not.toBe(first.id);
      expect(later.attempt).toBe(2);
    },
  );

  // 202 calls in a row: over HTTP each answer is written to disk (fsync) before it is sent, so
  // on a busy machine this takes longer than the default 5 s.
  it('R8: at most the 200 newest answers are kept', { timeout: 60_000 }, async () => {
    const { customerId } = await aSuggestion();
    const first = expectStatus(await connectFromSuggestion(customerId, withKey('key-0')), 201);
    for (let n = 1; n <= 200; n += 1) {
      // Each a conflict with the first: 200 answers, nothing created.
      expect((await connectFromSuggestion(customerId, withKey(`key-${String(n)}`))).status).toBe(
        409,
      );
    }
    // key-0 was the oldest: forgotten, so its repeat is a new attempt and meets the conflict.
    expect(failureOf(await connectFromSuggestion(customerId, withKey('key-0')))).toMatchObject({
      status: 409,
      code: 'request_pending',
    });
    expect(await getHistory(first.id)).toHaveLength(1);
  });

  it('R8: a key over 200 characters gets 422 invalid_input naming the header', async () => {
    const { customerId } = await aSuggestion();
    expect(failureOf(await connectFromSuggestion(customerId, withKey('k'.repeat(201))))).toEqual({
      status: 422,
      code: 'invalid_input',
      field: 'Idempotency-Key',
    });
  });
});
