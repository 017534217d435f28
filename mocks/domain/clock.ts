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

/**
 * The server clock (R2): real time moved forward by the demo's offset, or the instant the demo
 * froze it at (tests over HTTP pin it to the millisecond, as Vitest's fake timers do in-process).
 */
export function serverNow(
  realNow: number,
  clockOffsetDays: number,
  frozenAt: number | null = null,
): number {
  return frozenAt ?? realNow + clockOffsetDays * DAY_MS;
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

/** RFC 3339 date-time (the contract's `format: date-time`): a date, a time and a zone. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** A change to the demo clock: move it forward by whole days, or freeze it (null: let it run). */
export type ClockChange = { advanceDays: number } | { freezeAt: number | null };

/**
 * Validates the demo clock body: `{ advanceDays }` (as parseAdvanceDays) or `{ freezeAt }`, an
 * ISO 8601 instant with a time zone within the stored-time range, or null; not both.
 */
export function parseClockChange(body: unknown, clockOffsetDays: number): ClockChange {
  if (!isRecord(body) || !('freezeAt' in body)) {
    return { advanceDays: parseAdvanceDays(body, clockOffsetDays) };
  }
  if ('advanceDays' in body) {
    throw invalidInput('freezeAt', 'Send either advanceDays or freezeAt, not both.');
  }
  const value = body.freezeAt;
  if (value === null) return { freezeAt: null };
  const at = typeof value === 'string' && ISO_INSTANT.test(value) ? Date.parse(value) : NaN;
  if (!isTimeInRange(at)) {
    throw invalidInput(
      'freezeAt',
      'freezeAt must be an ISO 8601 date-time with a time zone between 1900 and 9000, or null.',
    );
  }
  return { freezeAt: at };
}

/**
 * Applies a clock change. Advancing a frozen clock moves the frozen instant too; unfreezing goes
 * back to real time plus the offset.
 */
export function changeClock(
  clock: { clockOffsetDays: number; clockFrozenAt: number | null },
  change: ClockChange,
): void {
  if ('freezeAt' in change) {
    clock.clockFrozenAt = change.freezeAt;
    return;
  }
  clock.clockOffsetDays += change.advanceDays;
  if (clock.clockFrozenAt !== null) clock.clockFrozenAt += change.advanceDays * DAY_MS;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}
