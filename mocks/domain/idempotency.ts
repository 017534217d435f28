/**
 * R8: an Idempotency-Key makes a create safe to repeat. The first answer to a key is stored and
 * replayed; a repeat while the first call is still being handled is refused. What is kept is
 * bounded by age (server clock) and by count.
 */
import { DAY_MS } from '../../src/contract';
import { createRequest } from './create';
import { DomainError, invalidInput } from './errors';
import { forgetOld } from './forget-old';
import { canonicalJson, hashText } from './hash';
import type { IdempotentResult } from './records';
import type { World } from './world';

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
export const IDEMPOTENCY_ANSWER_TTL_MS = DAY_MS;
export const MAX_IDEMPOTENCY_ANSWERS = 200;
/**
 * A call is in flight for at most its injected latency (30 s at most); a mark older than this
 * is a leftover of a tab closed mid-call.
 */
export const KEY_IN_FLIGHT_TTL_MS = 60_000;

/** A rule outcome as status + body, the form R8 stores and replays. */
function outcome(run: () => unknown, successStatus: number): IdempotentResult {
  try {
    return { status: successStatus, body: run() };
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, body: error.toBody() };
    throw error;
  }
}

/** The Idempotency-Key header: trimmed; none or blank → null; over 200 characters → 422. */
function parseIdempotencyKey(raw: string | null): string | null {
  const key = raw?.trim() ?? '';
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw invalidInput(
      'Idempotency-Key',
      `The Idempotency-Key has at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`,
    );
  }
  return key === '' ? null : key;
}

/**
 * R8, on a call's arrival (before its injected latency): a key whose first call is still being
 * handled gets 409 `idempotency_key_in_flight`; a new key is marked in flight and returned, so
 * the caller can release it when the call is handled. Keys that are already answered, absent
 * or invalid are left to createRequestIdempotently (null).
 */
export function admitIdempotencyKey(world: World, raw: string | null, now: number): string | null {
  const key = raw?.trim() ?? '';
  if (key === '' || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || world.idempotency.has(key)) {
    return null;
  }
  forgetOld(
    world.keysInFlight,
    (since) => since,
    now,
    KEY_IN_FLIGHT_TTL_MS,
    MAX_IDEMPOTENCY_ANSWERS,
  );
  if (world.keysInFlight.has(key)) throw new DomainError('idempotency_key_in_flight');
  world.keysInFlight.set(key, now);
  return key;
}

/** The call that admitted `key` is being handled now: it is no longer in flight. */
export function releaseIdempotencyKey(world: World, key: string): void {
  world.keysInFlight.delete(key);
}

/**
 * R8: the first answer to an Idempotency-Key, whatever it was (a 201 or a rule's 4xx), is
 * stored and returned again for the same key and the same body; nothing new is created. The
 * same key with another body is 422 `idempotency_key_reused` (the IETF Idempotency-Key draft,
 * Stripe). Without a key every POST is new. Answers are kept for a bounded time and count.
 */
export function createRequestIdempotently(
  world: World,
  idempotencyKey: string | null,
  body: unknown,
  now: number,
): IdempotentResult {
  const key = parseIdempotencyKey(idempotencyKey);
  if (key === null) return outcome(() => createRequest(world, body, now), 201);
  const fingerprint = hashText(canonicalJson(body));
  const forget = () => {
    forgetOld(
      world.idempotency,
      (answer) => answer.at,
      now,
      IDEMPOTENCY_ANSWER_TTL_MS,
      MAX_IDEMPOTENCY_ANSWERS,
    );
  };
  forget();
  const first = world.idempotency.get(key);
  if (first) {
    if (first.fingerprint !== fingerprint) {
      throw new DomainError('idempotency_key_reused', { field: 'Idempotency-Key' });
    }
    return { status: first.status, body: first.body };
  }
  const result = outcome(() => createRequest(world, body, now), 201);
  world.idempotency.set(key, { ...result, fingerprint, at: now });
  forget();
  return result;
}
