import { beforeEach, describe, expect, it } from 'vitest';
import { T0, idOf, worldFor } from '../testing/test-world';
import { accountsOf, customerAccounts } from './accounts';
import { assertAdministrator } from './access';
import { createRequest } from './create';
import { dismissSuggestion, listSuggestions } from './suggestions';
import { expectDomainError } from '../testing/expect-domain-error';
import type { World } from './world';

let world: World;
beforeEach(() => {
  world = worldFor('default');
});

const suggested = (query = '') =>
  listSuggestions(world, new URLSearchParams(query)).items.map((s) => s.customerId);

describe('suggestions', () => {
  it('lists 4 suggestions with different reasons', () => {
    const page = listSuggestions(world, new URLSearchParams());
    expect(page.total).toBe(4);
    expect(new Set(page.items.map((s) => s.reason)).size).toBe(4);
    expect(page.pageSize).toBe(100);
  });

  it('drops a suggestion once a request is sent to it', () => {
    createRequest(world, { customerId: idOf('dubois'), origin: 'suggestion' }, T0);
    expect(suggested()).not.toContain(idOf('dubois'));
  });

  it('dismissal is for good; dismissing again or an unknown one is 404 not_found', () => {
    dismissSuggestion(world, idOf('papeleria'));
    expect(suggested()).not.toContain(idOf('papeleria'));
    expectDomainError(() => dismissSuggestion(world, idOf('papeleria')), 'not_found');
    expectDomainError(() => dismissSuggestion(world, idOf('oestergaard')), 'not_found');
  });

  it('filters by name (accent-insensitive) and pages', () => {
    expect(suggested('q=angstrom')).toEqual([idOf('angstroem')]);
    const page = listSuggestions(world, new URLSearchParams('pageSize=3&page=2'));
    expect([page.items.length, page.total, page.page]).toEqual([1, 4, 2]);
    expect(listSuggestions(world, new URLSearchParams('pageSize=1000')).pageSize).toBe(100);
  });

  it('new-supplier has suggestions only; large-account has 500', () => {
    const fresh = worldFor('new-supplier');
    expect([...fresh.allRequests()]).toHaveLength(0);
    expect(listSuggestions(fresh, new URLSearchParams()).total).toBeGreaterThan(0);
    expect(listSuggestions(worldFor('large-account'), new URLSearchParams()).total).toBe(500);
  });
});

describe('customer accounts', () => {
  it('lists 1–4 accounts of an approved customer', () => {
    const accounts = customerAccounts(world, idOf('oestergaard'), T0);
    expect(accounts).toHaveLength(4);
    expect(customerAccounts(world, idOf('fabbrica'), T0)).toHaveLength(1);
    expect(new Set(accounts.map((a) => a.id)).size).toBe(4);
    expect(accounts.every((a) => /^[A-Z]{2}$/.test(a.country))).toBe(true);
  });

  it('refuses a customer that has not approved (409) and an unknown one (404)', () => {
    expectDomainError(() => customerAccounts(world, idOf('muellerLogistik'), T0), 'not_connected');
    expectDomainError(() => customerAccounts(world, 'cust-nope', T0), 'customer_not_found');
  });

  it('derives the accounts from the customer alone: named after it, one region each', () => {
    const capek = world.customer(idOf('capek'));
    // The same customer in another catalogue (large-account builds its own records).
    const again = worldFor('large-account').customer(idOf('capek'));
    if (!capek || !again) throw new Error('seed');
    expect(again).not.toBe(capek);
    const expected = [
      { id: 'cust-capek-nabytek-acc-1', name: 'Čapek Nábytek a.s. (United States)', country: 'US' },
      {
        id: 'cust-capek-nabytek-acc-2',
        name: 'Čapek Nábytek a.s. (United Kingdom)',
        country: 'GB',
      },
      { id: 'cust-capek-nabytek-acc-3', name: 'Čapek Nábytek a.s. (Italia)', country: 'IT' },
    ];
    expect(accountsOf(capek)).toEqual(expected);
    expect(accountsOf(again)).toEqual(expected);
  });
});

describe('R1', () => {
  it('lets an admin through and refuses a member with 403 forbidden', () => {
    expect(() => {
      assertAdministrator('admin');
    }).not.toThrow();
    const error = expectDomainError(() => {
      assertAdministrator('member');
    }, 'forbidden');
    expect(error.status).toBe(403);
  });
});
