import { describe, expect, it } from 'vitest';
import {
  changeClock,
  DAY_MS,
  expiresAt,
  isPastExpiry,
  parseAdvanceDays,
  parseClockChange,
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

  it('stands still at the frozen instant, whatever real time does', () => {
    expect(serverNow(1000, 3, 42)).toBe(42);
    expect(serverNow(9999, 3, 42)).toBe(42);
    expect(serverNow(1000, 3, null)).toBe(1000 + 3 * DAY_MS);
  });

  it('advancing a frozen clock moves the frozen instant; unfreezing follows real time again', () => {
    const clock = { clockOffsetDays: 0, clockFrozenAt: null as number | null };
    changeClock(clock, { freezeAt: 5000 });
    changeClock(clock, { advanceDays: 2 });
    expect(clock).toEqual({ clockOffsetDays: 2, clockFrozenAt: 5000 + 2 * DAY_MS });
    changeClock(clock, { freezeAt: null });
    expect(serverNow(1000, clock.clockOffsetDays, clock.clockFrozenAt)).toBe(1000 + 2 * DAY_MS);
  });
});

describe('parseClockChange', () => {
  it('reads advanceDays, an instant to freeze at, or null to let the clock run', () => {
    expect(parseClockChange({ advanceDays: 7 })).toEqual({ advanceDays: 7 });
    expect(parseClockChange({ freezeAt: '2026-03-01T12:00:00.001Z' })).toEqual({
      freezeAt: Date.UTC(2026, 2, 1, 12, 0, 0, 1),
    });
    expect(parseClockChange({ freezeAt: '2026-03-01T13:00:00+01:00' })).toEqual({
      freezeAt: Date.UTC(2026, 2, 1, 12, 0, 0),
    });
    expect(parseClockChange({ freezeAt: null })).toEqual({ freezeAt: null });
  });

  it.each(['', 'tomorrow', '2026-03-01', '2026-03-01T12:00:00', 1_772_366_400_000, false])(
    'refuses freezeAt %j with invalid_input on freezeAt',
    (value) => {
      expectDomainError(() => parseClockChange({ freezeAt: value }), 'invalid_input', 'freezeAt');
    },
  );

  it('refuses both fields at once, and a body with neither', () => {
    expectDomainError(
      () => parseClockChange({ advanceDays: 1, freezeAt: null }),
      'invalid_input',
      'freezeAt',
    );
    expectDomainError(() => parseClockChange({}), 'invalid_input', 'advanceDays');
  });
});

describe('parseAdvanceDays', () => {
  it('accepts integers from 1 to 3650', () => {
    expect(parseAdvanceDays({ advanceDays: 1 })).toBe(1);
    expect(parseAdvanceDays({ advanceDays: 3650 })).toBe(3650);
  });

  it.each([0, -1, 1.5, 3651, '2', null])(
    'refuses %j with invalid_input on advanceDays',
    (value) => {
      const error = expectDomainError(
        () => parseAdvanceDays({ advanceDays: value }),
        'invalid_input',
        'advanceDays',
      );
      expect(error.status).toBe(422);
    },
  );

  it('refuses a body that is not an object', () => {
    expect(() => parseAdvanceDays([1])).toThrow(DomainError);
  });
});
