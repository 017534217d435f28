import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_LATENCY_MS } from '../../src/contract';
import { expectDomainError } from '../testing/expect-domain-error';
import { fromSearch, fromSuggestion } from '../testing/requests';
import { T0, idOf, worldFor } from '../testing/test-world';
import {
  admitIdempotencyKey,
  createRequestIdempotently,
  IDEMPOTENCY_ANSWER_TTL_MS,
  KEY_IN_FLIGHT_TTL_MS,
  MAX_IDEMPOTENCY_ANSWERS,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  releaseIdempotencyKey,
} from './idempotency';
import type { World } from './world';

let world: World;
beforeEach(() => {
  world = worldFor('default');
});

describe('R8 idempotency', () => {
  it('the same key returns the first 201 body and creates nothing new', () => {
    const body = fromSuggestion(idOf('angstroem'));
    const first = createRequestIdempotently(world, 'k1', body, T0);
    const second = createRequestIdempotently(world, 'k1', body, T0 + 5000);
    expect(first.status).toBe(201);
    expect(second).toEqual(first);
    expect(world.requestsTo(idOf('angstroem'))).toHaveLength(1);
  });

  it('a repeated error is answered with the first error', () => {
    const first = createRequestIdempotently(world, 'k2', fromSuggestion(idOf('zuercher')), T0);
    const again = createRequestIdempotently(world, 'k2', fromSuggestion(idOf('zuercher')), T0);
    expect(first.status).toBe(409);
    expect(again).toEqual(first);
  });

  it('the same key with a different body is 422 idempotency_key_reused, and creates nothing', () => {
    const first = createRequestIdempotently(world, 'k3', fromSuggestion(idOf('angstroem')), T0);
    expect(first.status).toBe(201);
    expectDomainError(
      () => createRequestIdempotently(world, 'k3', fromSuggestion(idOf('dubois')), T0),
      'idempotency_key_reused',
      'Idempotency-Key',
    );
    expect(world.hasRequestsTo(idOf('dubois'))).toBe(false);
  });

  it('compares bodies by meaning: the same fields in another order are the same body', () => {
    const body = fromSearch(idOf('angstroem'));
    const first = createRequestIdempotently(world, 'k4', body, T0);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    expect(createRequestIdempotently(world, 'k4', reordered, T0)).toEqual(first);
  });

  it('keeps answers for 24 hours and at most the 200 newest', () => {
    const body = fromSuggestion(idOf('zuercher')); // 409 each time: nothing is created
    for (let n = 0; n < MAX_IDEMPOTENCY_ANSWERS + 50; n += 1) {
      createRequestIdempotently(world, `bulk-${n}`, body, T0);
    }
    expect(world.idempotency.size).toBe(MAX_IDEMPOTENCY_ANSWERS);
    expect(world.idempotency.has('bulk-0')).toBe(false);
    expect(world.idempotency.has(`bulk-${MAX_IDEMPOTENCY_ANSWERS + 49}`)).toBe(true);
    createRequestIdempotently(world, 'late', body, T0 + IDEMPOTENCY_ANSWER_TTL_MS);
    expect([...world.idempotency.keys()]).toEqual(['late']);
  });

  it('a key whose first call is in flight is 409 idempotency_key_in_flight until released', () => {
    expect(admitIdempotencyKey(world, ' k5 ', T0)).toBe('k5');
    expectDomainError(() => admitIdempotencyKey(world, 'k5', T0 + 10), 'idempotency_key_in_flight');
    releaseIdempotencyKey(world, 'k5');
    expect(
      createRequestIdempotently(world, 'k5', fromSuggestion(idOf('angstroem')), T0).status,
    ).toBe(201);
    // Answered: a repeat is admitted (and replayed), not held as in flight.
    expect(admitIdempotencyKey(world, 'k5', T0 + 20)).toBeNull();
    expect(admitIdempotencyKey(world, 'k5', T0 + 30)).toBeNull();
  });

  it('forgets an in-flight mark left by a closed tab once it outlived any latency', () => {
    expect(KEY_IN_FLIGHT_TTL_MS).toBeGreaterThan(MAX_LATENCY_MS);
    admitIdempotencyKey(world, 'k6', T0);
    expect(admitIdempotencyKey(world, 'k6', T0 + KEY_IN_FLIGHT_TTL_MS)).toBe('k6');
  });

  it('leaves absent and invalid keys to the create call', () => {
    expect(admitIdempotencyKey(world, null, T0)).toBeNull();
    expect(admitIdempotencyKey(world, '  ', T0)).toBeNull();
    expect(admitIdempotencyKey(world, 'k'.repeat(201), T0)).toBeNull();
    expect(world.keysInFlight.size).toBe(0);
  });

  it('different keys and no key create separately (the second is then a conflict)', () => {
    const body = fromSuggestion(idOf('angstroem'));
    expect(createRequestIdempotently(world, null, body, T0).status).toBe(201);
    expect(createRequestIdempotently(world, 'other', body, T0).status).toBe(409);
  });

  it('refuses a key longer than 200 characters with 422 invalid_input, and creates nothing', () => {
    const body = fromSuggestion(idOf('angstroem'));
    const tooLong = 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1);
    expectDomainError(
      () => createRequestIdempotently(world, tooLong, body, T0),
      'invalid_input',
      'Idempotency-Key',
    );
    expect(world.hasRequestsTo(idOf('angstroem'))).toBe(false);
    const fits = 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH);
    expect(createRequestIdempotently(world, fits, body, T0).status).toBe(201);
  });
});
