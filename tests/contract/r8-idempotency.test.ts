import { describe, expect, it } from 'vitest';
import { failureOf } from './client';
import {
  aSuggestion,
  connectFromSuggestion,
  createRequest,
  expectStatus,
  getHistory,
  idempotencyKey,
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
