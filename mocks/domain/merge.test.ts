import { beforeEach, describe, expect, it } from 'vitest';
import type { MergeEntry, MergeReport } from '../../src/contract';
import { T0, idOf, worldFor } from '../testing/test-world';
import { mergeDuplicateAccount } from './merge';
import { createRequest } from './create';
import { statusOf } from './requests';
import { expectDomainError } from '../testing/expect-domain-error';
import type { World } from './world';

let world: World;
let report: MergeReport;
beforeEach(() => {
  world = worldFor('default');
  report = mergeDuplicateAccount(world, T0);
});

const ids = (entries: MergeEntry[]) => entries.map((e) => e.customerId);
const statusesAfter = () => [...world.allRequests()].map((r) => statusOf(r, T0));

describe('R10 merge', () => {
  it('removes rejected, expired and withdrawn requests of both accounts', () => {
    expect(new Set(statusesAfter())).toEqual(new Set(['pending', 'approved']));
    expect(ids(report.removed)).toEqual(
      expect.arrayContaining([
        idOf('zuercher'),
        idOf('bjoerk'),
        idOf('grosshandel'),
        idOf('celik'),
        idOf('kowalski'),
        idOf('helsingin'),
        idOf('gruenwald'),
      ]),
    );
    expect(new Set(report.removed.map((e) => e.status))).toEqual(
      new Set(['rejected', 'expired', 'withdrawn']),
    );
    expect(world.hasRequestsTo(idOf('helsingin'))).toBe(false);
  });

  it('keeps every pending and approved request of this account', () => {
    expect(ids(report.kept)).toEqual(
      expect.arrayContaining([idOf('societeGenerale'), idOf('oestergaard'), idOf('fabbrica')]),
    );
    expect(world.latestTo(idOf('oestergaard'))?.decision).toBe('approved');
  });

  it('adds the pending and approved requests only the duplicate account has', () => {
    expect(report.added).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ customerId: idOf('lodz'), status: 'pending' }),
        expect.objectContaining({ customerId: idOf('capek'), status: 'approved' }),
      ]),
    );
    expect(world.hasRequestsTo(idOf('lodz'))).toBe(true);
  });

  it('makes duplicate pending requests one: the most recent, with the larger attempt count', () => {
    const nordwind = world.requestsTo(idOf('nordwind'));
    expect(nordwind).toHaveLength(1);
    expect(nordwind[0]).toMatchObject({ id: 'dup-001', attempt: 2 });
    expect(report.consolidated).toContainEqual(
      expect.objectContaining({ customerId: idOf('nordwind'), status: 'pending' }),
    );
  });

  it('keeps a customer approved in either account approved', () => {
    const mueller = world.requestsTo(idOf('muellerLogistik'));
    expect(mueller).toHaveLength(1);
    expect(mueller[0]?.decision).toBe('approved');
    expect(report.consolidated).toContainEqual(
      expect.objectContaining({ customerId: idOf('muellerLogistik'), status: 'approved' }),
    );
  });

  it('a second merge is 409 nothing_to_merge', () => {
    expectDomainError(() => mergeDuplicateAccount(world, T0), 'nothing_to_merge');
    expect(world.duplicateAccount).toHaveLength(0);
  });

  it('a scenario without a duplicate account has nothing to merge', () => {
    expectDomainError(
      () => mergeDuplicateAccount(worldFor('new-supplier'), T0),
      'nothing_to_merge',
    );
  });

  it('customers whose requests were all removed can be requested again', () => {
    const again = createRequest(
      world,
      { customerId: idOf('grosshandel'), origin: 'suggestion' },
      T0,
    );
    expect(again.attempt).toBe(1);
  });
});
