import { describe, expect, it } from 'vitest';
import type { ConnectionRequest } from '../../../contract';
import { daysUntilExpiry, requestRowFacts } from './request-row-facts';

const serverTime = '2026-03-10T12:00:00.000Z';

function request(overrides: Partial<ConnectionRequest>): ConnectionRequest {
  return {
    id: 'r1',
    customerId: 'c1',
    customerName: 'Acme',
    status: 'pending',
    origin: 'search',
    contactEmail: 'buyer@acme.example',
    sentAt: '2026-03-01T12:00:00.000Z',
    expiresAt: '2026-03-31T12:00:00.000Z',
    respondedAt: null,
    comment: null,
    attempt: 1,
    attemptsLeft: 2,
    ...overrides,
  };
}

describe('requestRowFacts', () => {
  it('offers Withdraw on a pending request, with days left', () => {
    expect(requestRowFacts(request({ status: 'pending' }), serverTime)).toEqual({
      action: { kind: 'withdraw' },
      daysLeft: 21,
      attemptsLeft: 2,
    });
  });

  it.each(['expired', 'withdrawn'] as const)(
    'offers Send again on %s with attempts left',
    (status) => {
      const model = requestRowFacts(request({ status, attempt: 2, attemptsLeft: 1 }), serverTime);
      expect(model.action).toEqual({ kind: 'sendAgain' });
      expect(model.daysLeft).toBeNull();
      expect(model.attemptsLeft).toBe(1);
    },
  );

  it.each(['expired', 'withdrawn'] as const)(
    'says no attempts are left on %s at 3 of 3',
    (status) => {
      expect(
        requestRowFacts(request({ status, attempt: 3, attemptsLeft: 0 }), serverTime).action,
      ).toEqual({ kind: 'noAttemptsLeft' });
    },
  );

  it.each(['approved', 'rejected'] as const)(
    'shows no attempts count on %s: connected or final, a count would mislead',
    (status) => {
      expect(
        requestRowFacts(request({ status, attemptsLeft: 2 }), serverTime).attemptsLeft,
      ).toBeNull();
    },
  );

  it('suggests asking for an invitation on a rejected request, even with attempts left', () => {
    expect(
      requestRowFacts(request({ status: 'rejected', attemptsLeft: 2 }), serverTime).action,
    ).toEqual({
      kind: 'askForInvitation',
    });
  });

  it('offers nothing on an approved request', () => {
    expect(requestRowFacts(request({ status: 'approved' }), serverTime).action).toEqual({
      kind: 'none',
    });
  });
});

describe('daysUntilExpiry', () => {
  it('counts against the server time, not the browser clock', () => {
    expect(daysUntilExpiry('2026-03-31T12:00:00.000Z', '2026-03-30T12:00:00.000Z')).toBe(1);
    expect(daysUntilExpiry('2026-03-31T12:00:00.000Z', '2026-03-01T12:00:00.000Z')).toBe(30);
  });

  it('counts a partial day as a day and never goes below zero', () => {
    expect(daysUntilExpiry('2026-03-31T12:00:00.000Z', '2026-03-31T06:00:00.000Z')).toBe(1);
    expect(daysUntilExpiry('2026-03-31T12:00:00.000Z', '2026-04-02T12:00:00.000Z')).toBe(0);
  });
});
