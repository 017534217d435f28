import { EXPIRY_DAYS } from '../../src/contract';
import { invalidInput } from './errors';
import { isRecord } from './input';

export const DAY_MS = 24 * 60 * 60 * 1000;
const EXPIRY_MS = EXPIRY_DAYS * DAY_MS;
export const MAX_ADVANCE_DAYS = 3650;

/** The server clock (R2): real time moved forward by the demo's offset. */
export function serverNow(realNow: number, clockOffsetDays: number): number {
  return realNow + clockOffsetDays * DAY_MS;
}

/** R2: a request expires 30 days after it was sent. */
export function expiresAt(sentAt: number): number {
  return sentAt + EXPIRY_MS;
}

/** R2: expired exactly when `now >= sentAt + 30 days`. */
export function isPastExpiry(sentAt: number, now: number): boolean {
  return now >= expiresAt(sentAt);
}

/** Validates the demo clock body: an integer number of days, 1..3650. */
export function parseAdvanceDays(body: unknown): number {
  const value = isRecord(body) ? body.advanceDays : undefined;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > MAX_ADVANCE_DAYS
  ) {
    throw invalidInput(
      'advanceDays',
      `advanceDays must be an integer from 1 to ${MAX_ADVANCE_DAYS}.`,
    );
  }
  return value;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}
