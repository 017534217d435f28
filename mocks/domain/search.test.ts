import { beforeEach, describe, expect, it } from 'vitest';
import { NAMED } from '../data/catalogue';
import { T0, idOf, worldFor } from '../data/test-world';
import { createRequest } from './requests';
import {
  findCustomers,
  searchCatalogue,
  searchStateOf,
  searchesRemaining,
  validateQuery,
} from './search';
import { expectDomainError } from './test-expect';
import type { World } from './world';

let world: World;
beforeEach(() => {
  world = worldFor('default');
});

function stateOfNamed(key: keyof typeof NAMED) {
  const customer = world.customer(idOf(key));
  if (!customer) throw new Error(key);
  return searchStateOf(world, customer, T0);
}

describe('R5 matching', () => {
  it('"muller" finds "Müller Logistik GmbH" (accent-insensitive)', () => {
    const names = searchCatalogue(world, 'muller', T0).items.map((hit) => hit.customerName);
    expect(names).toContain(NAMED.muellerLogistik.name);
    expect(names).toContain(NAMED.mullerFoods.name);
  });

  it('"strasse" finds "Straße" names and "STRASSE" is the same query', () => {
    const lower = searchCatalogue(world, 'strasse', T0).items.map((hit) => hit.customerName);
    expect(lower).toContain(NAMED.grosshandel.name);
    expect(lower).toContain(NAMED.strassenbau.name);
    expect(searchCatalogue(world, 'STRASSE', T0).items.map((h) => h.customerName)).toEqual(lower);
  });

  it('trims the query', () => {
    expect(validateQuery('  mu  ')).toBe('mu');
    const hits = searchCatalogue(world, '   nordwind   ', T0).items;
    expect(hits.map((h) => h.customerId)).toEqual([idOf('nordwind')]);
  });

  it('returns at most 20 matches', () => {
    const all = findCustomers(world.catalogue.customers, 'a', 10_000);
    expect(all.length).toBeGreaterThan(20);
    expect(searchCatalogue(world, 'an', T0).items.length).toBeLessThanOrEqual(20);
    expect(findCustomers(world.catalogue.customers, 'an')).toHaveLength(20);
  });

  it('puts names where a word starts with the query first', () => {
    const hits = findCustomers(world.catalogue.customers, 'bau');
    const atWordStart = hits.map((c) => /(^| )bau/.test(c.normalizedName));
    expect(atWordStart).toContain(true);
    expect(atWordStart).toContain(false);
    expect(atWordStart).toEqual([...atWordStart].sort((a, b) => Number(b) - Number(a)));
  });

  it.each(['a', ' a ', '', 'x'.repeat(101)])('refuses %j with 422 invalid_query on q', (q) => {
    expectDomainError(() => validateQuery(q), 'invalid_query', 'q');
  });

  it('accepts 2 and 100 characters', () => {
    expect(validateQuery('ab')).toBe('ab');
    expect(validateQuery('x'.repeat(100))).toHaveLength(100);
  });
});

describe('R4 attempts', () => {
  it('counts down 4, 3, 2, 1, 0 and refuses the 6th search with 429', () => {
    const remaining = [1, 2, 3, 4, 5].map(
      () => searchCatalogue(world, 'muller', T0).searchesRemaining,
    );
    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    const error = expectDomainError(
      () => searchCatalogue(world, 'muller', T0),
      'search_limit_reached',
    );
    expect(error.status).toBe(429);
    expect(searchesRemaining(world)).toBe(0);
  });

  it('does not count an invalid query', () => {
    expectDomainError(() => searchCatalogue(world, 'x', T0), 'invalid_query', 'q');
    expect(world.searchesUsed).toBe(0);
  });

  it('checks the query before the limit', () => {
    world.searchesUsed = 5;
    expectDomainError(() => searchCatalogue(world, 'x', T0), 'invalid_query', 'q');
    expectDomainError(() => searchCatalogue(world, 'xy', T0), 'search_limit_reached');
  });
});

describe('search result states', () => {
  it('shows each standing of the default scenario', () => {
    expect(stateOfNamed('bundesamt')).toBe('requests_disabled');
    expect(stateOfNamed('oestergaard')).toBe('approved');
    expect(stateOfNamed('muellerLogistik')).toBe('pending');
    expect(stateOfNamed('zuercher')).toBe('rejected');
    expect(stateOfNamed('celik')).toBe('limit_reached');
    expect(stateOfNamed('grosshandel')).toBe('available');
    expect(stateOfNamed('kowalski')).toBe('available');
    expect(stateOfNamed('angstroem')).toBe('available');
  });

  it('turns available into pending once a request is sent', () => {
    createRequest(world, { customerId: idOf('angstroem'), origin: 'suggestion' }, T0);
    expect(stateOfNamed('angstroem')).toBe('pending');
  });

  it('covers the large-account catalogue', () => {
    const large = worldFor('large-account');
    expect(large.catalogue.customers.length).toBeGreaterThan(10_500);
    const last = large.catalogue.customers.at(-1);
    if (!last) throw new Error('empty catalogue');
    const hits = findCustomers(large.catalogue.customers, last.name);
    expect(hits.map((h) => h.id)).toContain(last.id);
  });
});
