import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  expiresAt,
  isPastExpiry,
  isTimeInRange,
  MAX_CLOCK_OFFSET_DAYS,
  parseAdvanceDays,
  serverNow,
} from './clock';
import { DomainError } from './errors';
import { expectDomainError } from './test-expect';

describe('R2 expiry', () => {
  const sentAt = Date.UTC(2026, 0, 1);

  it('expiresAt is sentAt + 30 days', () => {
    expect(expiresAt(sentAt) - sentAt).toBe(30 * DAY_MS);
  });

  it('is not expired on day 29 nor one millisecond before day 30', () => {
    expect(isPastExpiry(sentAt, sentAt + 29 * DAY_MS)).toBe(false);
    expect(isPastExpiry(sentAt, sentAt + 30 * DAY_MS - 1)).toBe(false);
  });

  it('is expired exactly at sentAt + 30 days (now >= expiry)', () => {
    expect(isPastExpiry(sentAt, sentAt + 30 * DAY_MS)).toBe(true);
    expect(isPastExpiry(sentAt, sentAt + 31 * DAY_MS)).toBe(true);
  });
});

describe('server clock', () => {
  it('is real time plus the demo offset in days', () => {
    expect(serverNow(1000, 0)).toBe(1000);
    expect(serverNow(1000, 3)).toBe(1000 + 3 * DAY_MS);
  });
});

describe('parseAdvanceDays', () => {
  it('accepts integers from 1 to 3650', () => {
    expect(parseAdvanceDays({ advanceDays: 1 }, 0)).toBe(1);
    expect(parseAdvanceDays({ advanceDays: 3650 }, 0)).toBe(3650);
  });

  it('accepts no more than what is left before the clock’s limit, naming advanceDays', () => {
    const left = MAX_CLOCK_OFFSET_DAYS - 10;
    expect(parseAdvanceDays({ advanceDays: 10 }, left)).toBe(10);
    expectDomainError(
      () => parseAdvanceDays({ advanceDays: 11 }, left),
      'invalid_input',
      'advanceDays',
    );
    expectDomainError(
      () => parseAdvanceDays({ advanceDays: 1 }, MAX_CLOCK_OFFSET_DAYS),
      'invalid_input',
      'advanceDays',
    );
  });

  it('keeps every date it can reach printable: the limit plus real time stays in range', () => {
    const furthest = serverNow(Date.UTC(2100, 0, 1), MAX_CLOCK_OFFSET_DAYS) + 30 * DAY_MS;
    expect(isTimeInRange(furthest)).toBe(true);
    expect(new Date(furthest).toISOString()).toMatch(/^\d{4}-/);
  });

  it.each([0, -1, 1.5, 3651, '2', null])(
    'refuses %j with invalid_input on advanceDays',
    (value) => {
      const error = expectDomainError(
        () => parseAdvanceDays({ advanceDays: value }, 0),
        'invalid_input',
        'advanceDays',
      );
      expect(error.status).toBe(422);
    },
  );

  it('refuses a body that is not an object', () => {
    expect(() => parseAdvanceDays([1], 0)).toThrow(DomainError);
  });
});
