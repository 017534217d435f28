import { beforeEach, describe, expect, it } from 'vitest';
import { expectDomainError } from '../testing/expect-domain-error';
import { latestOf } from '../testing/requests';
import { T0, daysAfterT0, idOf, worldFor } from '../testing/test-world';
import { historyOf, withdrawRequest } from './requests';
import type { World } from './world';

let world: World;
beforeEach(() => {
  world = worldFor('default');
});

describe('R12 withdraw', () => {
  it('withdraws a pending request', () => {
    const pending = latestOf(world, idOf('nordwind'));
    if (!pending) throw new Error('seed');
    expect(withdrawRequest(world, pending.id, T0)).toMatchObject({
      status: 'withdrawn',
      respondedAt: null,
    });
  });

  it.each(['oestergaard', 'grosshandel', 'zuercher', 'kowalski'] as const)(
    'refuses the %s request (not pending) with 409 not_pending',
    (key) => {
      const request = latestOf(world, idOf(key));
      if (!request) throw new Error('seed');
      expectDomainError(() => withdrawRequest(world, request.id, T0), 'not_pending');
    },
  );

  it('refuses a pending request once it has expired', () => {
    const request = latestOf(world, idOf('societeGenerale'));
    if (!request) throw new Error('seed');
    expectDomainError(() => withdrawRequest(world, request.id, daysAfterT0(1)), 'not_pending');
  });

  it('an unknown id is 404 not_found', () => {
    expectDomainError(() => withdrawRequest(world, 'req-nope', T0), 'not_found');
  });
});

describe('history', () => {
  it('lists every request to that customer, newest first', () => {
    const latest = latestOf(world, idOf('celik'));
    if (!latest) throw new Error('seed');
    expect(historyOf(world, latest.id, T0).map((r) => [r.attempt, r.status])).toEqual([
      [3, 'expired'],
      [2, 'withdrawn'],
      [1, 'expired'],
    ]);
    expectDomainError(() => historyOf(world, 'req-nope', T0), 'not_found');
  });
});
