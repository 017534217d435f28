import { describe, expect, it } from 'vitest';
import { DAY_MS, MAX_CLOCK_OFFSET_DAYS } from '../../src/contract';
import { expectDomainError } from '../testing/expect-domain-error';
import {
  changeClock,
  expiresAt,
  isTimeInRange,
  parseAdvanceDays,
  parseClockChange,
  serverNow,
} from './clock';
import { DomainError } from './errors';
import { openStatus } from './requests';

describe('R2 expiry', () => {
  const sentAt = Date.UTC(2026, 0, 1);

  it('expiresAt is sentAt + 30 days', () => {
    expect(expiresAt(sentAt) - sentAt).toBe(30 * DAY_MS);
  });

  const statusAt = (now: number) => openStatus(expiresAt(sentAt), now);

  it('is pending on day 29 and one millisecond before day 30', () => {
    expect(statusAt(sentAt + 29 * DAY_MS)).toBe('pending');
    expect(statusAt(sentAt + 30 * DAY_MS - 1)).toBe('pending');
  });

  it('is expired exactly at sentAt + 30 days (now >= expiry)', () => {
    expect(statusAt(sentAt + 30 * DAY_MS)).toBe('expired');
    expect(statusAt(sentAt + 31 * DAY_MS)).toBe('expired');
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
    expect(parseClockChange({ advanceDays: 7 }, 0)).toEqual({ advanceDays: 7 });
    expect(parseClockChange({ freezeAt: '2026-03-01T12:00:00.001Z' }, 0)).toEqual({
      freezeAt: Date.UTC(2026, 2, 1, 12, 0, 0, 1),
    });
    expect(parseClockChange({ freezeAt: '2026-03-01T13:00:00+01:00' }, 0)).toEqual({
      freezeAt: Date.UTC(2026, 2, 1, 12, 0, 0),
    });
    expect(parseClockChange({ freezeAt: null }, 0)).toEqual({ freezeAt: null });
  });

  it.each([
    '',
    'tomorrow',
    '2026-03-01',
    '2026-03-01T12:00:00',
    // Outside the range of times the store keeps (it would be refused on the next load).
    '9999-01-01T00:00:00Z',
    '1800-01-01T00:00:00Z',
    1_772_366_400_000,
    false,
  ])('refuses freezeAt %j with invalid_input on freezeAt', (value) => {
    expectDomainError(() => parseClockChange({ freezeAt: value }, 0), 'invalid_input', 'freezeAt');
  });

  it('refuses both fields at once, and a body with neither', () => {
    expectDomainError(
      () => parseClockChange({ advanceDays: 1, freezeAt: null }, 0),
      'invalid_input',
      'freezeAt',
    );
    expectDomainError(() => parseClockChange({}, 0), 'invalid_input', 'advanceDays');
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
