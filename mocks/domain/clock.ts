import {
  DAY_MS,
  EXPIRY_DAYS,
  MAX_ADVANCE_DAYS,
  MAX_CLOCK_OFFSET_DAYS,
  MIN_ADVANCE_DAYS,
} from '../../src/contract';
import { invalidInput } from './errors';
import { isRecord, parseDateTime } from './input';

const EXPIRY_MS = EXPIRY_DAYS * DAY_MS;
/**
 * Every time the mock stores lies in this range, so that every date it derives (plus 30 days,
 * plus the clock's offset) is a valid Date with a four-digit year: stored state outside it is
 * refused on load instead of failing later with "Invalid time value".
 */
const EARLIEST_TIME = Date.UTC(1900, 0, 1);
const LATEST_TIME = Date.UTC(9000, 0, 1);

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

/** R2: a request expires 30 days after it was sent (the boundary: requests.ts, openStatus). */
export function expiresAt(sentAt: number): number {
  return sentAt + EXPIRY_MS;
}

/**
 * Validates the demo clock body: an integer number of days, MIN_ADVANCE_DAYS..MAX_ADVANCE_DAYS,
 * and no more than the clock has left before MAX_CLOCK_OFFSET_DAYS.
 */
export function parseAdvanceDays(body: unknown, clockOffsetDays: number): number {
  const value = isRecord(body) ? body.advanceDays : undefined;
  const most = Math.min(MAX_ADVANCE_DAYS, MAX_CLOCK_OFFSET_DAYS - clockOffsetDays);
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < MIN_ADVANCE_DAYS ||
    value > most
  ) {
    throw invalidInput(
      'advanceDays',
      most < MIN_ADVANCE_DAYS
        ? `The demo clock is at its limit of ${MAX_CLOCK_OFFSET_DAYS} days ahead; reset the demo to go on.`
        : `advanceDays must be an integer from ${MIN_ADVANCE_DAYS} to ${most}.`,
    );
  }
  return value;
}

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
  const at = typeof value === 'string' ? parseDateTime(value) : Number.NaN;
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
