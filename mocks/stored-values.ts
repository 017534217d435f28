/**
 * Checks of the values in a stored mock state: anything unexpected throws, and the store starts
 * over. Every number is range-checked, so a state that loads can be served: no date out of range,
 * no counter past its limit, no text longer than the rule that wrote it allows.
 */
import {
  MAX_ATTEMPTS,
  MAX_COMMENT_LENGTH,
  MAX_EMAIL_LENGTH,
  characterCount,
} from '../src/contract';
import { isTimeInRange } from './domain/clock';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from './domain/idempotency';
import { isRecord } from './domain/input';
import type { IdempotentAnswer, RequestRecord } from './domain/records';

/** Ids of the scenarios and of new requests are short; anything longer was not written by us. */
export const MAX_ID_LENGTH = 100;

export function fail(what: string): never {
  throw new Error(`Stored mock state is invalid: ${what}`);
}

export function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** An id or key: at most `maxLength` UTF-16 units. */
export function isStringOf(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}

/** A text the rules bound in characters (code points), as they count them when it is written. */
function isTextOf(value: unknown, maxCharacters: number): value is string {
  return typeof value === 'string' && characterCount(value) <= maxCharacters;
}

export function isNullableTime(value: unknown): value is number | null {
  return value === null || isTimeInRange(value);
}

/** A stored list of at most `max` items, each checked by `parse`. */
export function listOf<T>(
  value: unknown,
  max: number,
  what: string,
  parse: (item: unknown) => T,
): T[] {
  if (!Array.isArray(value) || value.length > max) fail(what);
  return value.map(parse);
}

/** A `[key, time]` pair, as used tokens and keys in flight are stored. */
export function timedKey(maxKeyLength: number, what: string) {
  return (value: unknown): [string, number] => {
    if (!Array.isArray(value) || value.length !== 2) fail(what);
    const [key, time] = value as [unknown, unknown];
    if (!isStringOf(key, maxKeyLength) || !isTimeInRange(time)) fail(what);
    return [key, time];
  };
}

export function asRequestRecord(value: unknown): RequestRecord {
  if (!isRecord(value)) fail('request');
  const stored = value;
  if (
    !isStringOf(stored.id, MAX_ID_LENGTH) ||
    !isStringOf(stored.customerId, MAX_ID_LENGTH) ||
    (stored.origin !== 'search' && stored.origin !== 'suggestion') ||
    (stored.contactEmail !== null && !isTextOf(stored.contactEmail, MAX_EMAIL_LENGTH)) ||
    !isTimeInRange(stored.sentAt) ||
    (stored.decision !== null &&
      stored.decision !== 'approved' &&
      stored.decision !== 'rejected') ||
    !isNullableTime(stored.respondedAt) ||
    !isNullableTime(stored.withdrawnAt) ||
    (stored.comment !== null && !isTextOf(stored.comment, MAX_COMMENT_LENGTH)) ||
    !isIntegerIn(stored.attempt, 1, MAX_ATTEMPTS)
  ) {
    fail(`request ${String(stored.id)}`);
  }
  // Only the known fields: anything else a stored object carries is dropped.
  return {
    id: stored.id,
    customerId: stored.customerId,
    origin: stored.origin,
    contactEmail: stored.contactEmail,
    sentAt: stored.sentAt,
    decision: stored.decision,
    respondedAt: stored.respondedAt,
    withdrawnAt: stored.withdrawnAt,
    comment: stored.comment,
    attempt: stored.attempt,
  };
}

export function asIdempotencyEntry(value: unknown): [string, IdempotentAnswer] {
  if (!Array.isArray(value) || value.length !== 2) fail('idempotency entry');
  const [key, answer] = value as [unknown, unknown];
  if (
    !isStringOf(key, MAX_IDEMPOTENCY_KEY_LENGTH) ||
    !isRecord(answer) ||
    !isIntegerIn(answer.status, 200, 599) ||
    !isRecord(answer.body) ||
    !isStringOf(answer.fingerprint, MAX_ID_LENGTH) ||
    !isTimeInRange(answer.at)
  ) {
    fail('idempotency entry');
  }
  return [
    key,
    { status: answer.status, body: answer.body, fingerprint: answer.fingerprint, at: answer.at },
  ];
}
