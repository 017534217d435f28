import { beforeEach, describe, expect, it } from 'vitest';
import { T0, daysAfterT0, idOf, worldFor } from '../testing/test-world';
import { respondToRequest } from './respond';
import { expectDomainError } from '../testing/expect-domain-error';
import type { World } from './world';

let world: World;
let pendingId: string;
beforeEach(() => {
  world = worldFor('default');
  pendingId = world.latestTo(idOf('muellerLogistik'))?.id ?? '';
});

describe('demo respond (R9)', () => {
  it('approves a pending request and stamps respondedAt', () => {
    const answered = respondToRequest(world, { requestId: pendingId, decision: 'approve' }, T0);
    expect(answered).toMatchObject({ status: 'approved', comment: null });
    expect(answered.respondedAt).toBe(new Date(T0).toISOString());
  });

  it('stores a rejection comment exactly as given, markup included', () => {
    const comment = '<img src=x onerror=alert(1)> no & "thanks"';
    const answered = respondToRequest(
      world,
      { requestId: pendingId, decision: 'reject', comment },
      T0,
    );
    expect(answered).toMatchObject({ status: 'rejected', comment });
  });

  it('accepts 500 characters and refuses 501 with invalid_input on comment', () => {
    expectDomainError(
      () =>
        respondToRequest(
          world,
          { requestId: pendingId, decision: 'reject', comment: 'x'.repeat(501) },
          T0,
        ),
      'invalid_input',
      'comment',
    );
    const answered = respondToRequest(
      world,
      { requestId: pendingId, decision: 'reject', comment: 'x'.repeat(500) },
      T0,
    );
    expect(answered.comment).toHaveLength(500);
  });

  it('a rejection without a comment (or a blank one) has comment null', () => {
    expect(
      respondToRequest(world, { requestId: pendingId, decision: 'reject', comment: '  ' }, T0)
        .comment,
    ).toBeNull();
  });

  it('only a pending request can be answered (409 not_pending)', () => {
    respondToRequest(world, { requestId: pendingId, decision: 'approve' }, T0);
    expectDomainError(
      () => respondToRequest(world, { requestId: pendingId, decision: 'reject' }, T0),
      'not_pending',
    );
    const expiring = world.latestTo(idOf('societeGenerale'))?.id ?? '';
    expectDomainError(
      () => respondToRequest(world, { requestId: expiring, decision: 'approve' }, daysAfterT0(1)),
      'not_pending',
    );
  });

  it.each([
    [{ decision: 'approve' }, 'requestId'],
    [{ requestId: 'x', decision: 'maybe' }, 'decision'],
    [{ requestId: 'x', decision: 'reject', comment: 5 }, 'comment'],
  ])('wrong input %j → invalid_input on %s', (body, field) => {
    expectDomainError(() => respondToRequest(world, body, T0), 'invalid_input', field);
  });

  it('an unknown request is 404 not_found', () => {
    expectDomainError(
      () => respondToRequest(world, { requestId: 'req-nope', decision: 'approve' }, T0),
      'not_found',
    );
  });
});
