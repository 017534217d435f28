import { EXPIRY_DAYS } from '../../src/contract';
import { invalidInput } from './errors';
import { isRecord } from './input';

export const DAY_MS = 24 * 60 * 60 * 1000;
const EXPIRY_MS = EXPIRY_DAYS * DAY_MS;
export const MAX_ADVANCE_DAYS = 3650;
/** The demo clock's limit: at most 100 years ahead of real time in total. */
export const MAX_CLOCK_OFFSET_DAYS = 36_500;
/**
 * Every time the mock stores lies in this range, so that every date it derives (plus 30 days,
 * plus the clock's offset) is a valid Date with a four-digit year: stored state outside it is
 * refused on load instead of failing later with "Invalid time value".
 */
export const EARLIEST_TIME = Date.UTC(1900, 0, 1);
export const LATEST_TIME = Date.UTC(9000, 0, 1);

/** A stored time the mock can work with (see EARLIEST_TIME). */
export function isTimeInRange(value: unknown): value is number {
  return typeof value === 'number' && value >= EARLIEST_TIME && value <= LATEST_TIME;
}

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

/**
 * Validates the demo clock body: an integer number of days, 1..3650, and no more than the
 * clock has left before MAX_CLOCK_OFFSET_DAYS.
 */
export function parseAdvanceDays(body: unknown, clockOffsetDays: number): number {
  const value = isRecord(body) ? body.advanceDays : undefined;
  const most = Math.min(MAX_ADVANCE_DAYS, MAX_CLOCK_OFFSET_DAYS - clockOffsetDays);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > most) {
    throw invalidInput(
      'advanceDays',
      most < 1
        ? `The demo clock is at its limit of ${MAX_CLOCK_OFFSET_DAYS} days ahead; reset the demo to go on.`
        : `advanceDays must be an integer from 1 to ${most}.`,
    );
  }
  return value;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}
