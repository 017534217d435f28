import { beforeEach, describe, expect, it } from 'vitest';
import { NAMED } from '../data/catalogue';
import { T0, idOf, worldFor } from '../testing/test-world';
import { createRequest } from './create';
import {
  findCustomers,
  searchCatalogue,
  searchStateOf,
  searchesRemaining,
  validateQuery,
} from './search';
import { expectDomainError } from '../testing/expect-domain-error';
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

function namesFound(query: string): string[] {
  return findCustomers(world.catalogue.customers, query, 10_000).items.map((c) => c.name);
}

describe('R5 matching', () => {
  it('"muller" finds "Müller Logistik GmbH" (accent-insensitive)', () => {
    const names = searchCatalogue(world, 'muller', T0).items.map((hit) => hit.customerName);
    expect(names).toContain(NAMED.muellerLogistik.name);
    expect(names).toContain(NAMED.mullerFoods.name);
  });

  it.each(['mueller', 'muller', 'müller', 'MÜLLER', 'Mueller'])(
    '%j finds Müller, Mueller and Muller alike (German transliteration both ways)',
    (query) => {
      const names = namesFound(query);
      expect(names).toContain(NAMED.muellerLogistik.name);
      expect(names).toContain(NAMED.muellerMaschinen.name);
      expect(names).toContain(NAMED.mullerFoods.name);
    },
  );

  it.each([
    ['zuercher praezision', 'zuercher'],
    ['zürcher präzision', 'zuercher'],
    ['koelner', 'koeln'],
    ['bjoerk', 'bjoerk'],
    ['gruenwald baeckerei', 'gruenwald'],
    ['angstroem', 'angstroem'],
  ] as const)('%j finds the customer spelled with umlauts', (query, key) => {
    expect(namesFound(query)).toContain(NAMED[key].name);
  });

  it('"strasse" finds "Straße" names and "STRASSE" is the same query', () => {
    const lower = searchCatalogue(world, 'strasse', T0).items.map((hit) => hit.customerName);
    expect(lower).toContain(NAMED.grosshandel.name);
    expect(lower).toContain(NAMED.strassenbau.name);
    expect(searchCatalogue(world, 'STRASSE', T0).items.map((h) => h.customerName)).toEqual(lower);
    expect(namesFound('straße')).toEqual(namesFound('strasse'));
  });

  it.each(['logistik müller', 'Logistik Mueller', 'gmbh logistik muller', 'müller, logistik'])(
    '%j finds "Müller Logistik GmbH" (words in any order)',
    (query) => {
      expect(namesFound(query)).toContain(NAMED.muellerLogistik.name);
    },
  );

  it('needs every word of the query', () => {
    const names = namesFound('müller foods');
    expect(names).toContain(NAMED.mullerFoods.name);
    expect(names).not.toContain(NAMED.muellerLogistik.name);
    expect(namesFound('müller nowhere')).toEqual([]);
  });

  it('ignores invisible characters inside the query', () => {
    expect(namesFound('mül\u200Bler')).toEqual(namesFound('müller'));
  });

  it('finds a name from any prefix typed at its start', () => {
    const name = NAMED.muellerLuedenscheidt.name;
    const prefixes = Array.from({ length: name.length - 1 }, (_, n) => name.slice(0, n + 2));
    expect(prefixes.filter((prefix) => !namesFound(prefix).includes(name))).toEqual([]);
  });

  it('trims the query', () => {
    expect(validateQuery('  mu  ')).toBe('mu');
    const hits = searchCatalogue(world, '   nordwind   ', T0).items;
    expect(hits.map((h) => h.customerId)).toEqual([idOf('nordwind')]);
  });

  it('returns at most 20 matches and how many matched in all', () => {
    const all = findCustomers(world.catalogue.customers, 'an', 10_000);
    expect(all.total).toBeGreaterThan(20);
    expect(all.items).toHaveLength(all.total);
    const result = searchCatalogue(world, 'an', T0);
    expect(result.items).toHaveLength(20);
    expect(result.total).toBe(all.total);
  });

  it('reports the total when fewer than 20 match', () => {
    const result = searchCatalogue(world, 'nordwind', T0);
    expect(result).toMatchObject({ total: 1, items: [{ customerId: idOf('nordwind') }] });
    expect(searchCatalogue(world, 'zzqq', T0)).toMatchObject({ total: 0, items: [] });
  });

  it('puts names where a word starts with the query first', () => {
    const hits = findCustomers(world.catalogue.customers, 'bau').items;
    const atWordStart = hits.map((c) => /(^|[^a-z])bau/.test(c.searchName));
    expect(atWordStart).toContain(true);
    expect(atWordStart).toContain(false);
    expect(atWordStart).toEqual([...atWordStart].sort((a, b) => Number(b) - Number(a)));
  });

  it('ranks by how many query words start a word of the name, fewest inside first', () => {
    const hits = findCustomers(world.catalogue.customers, 'süd bau', 10_000).items;
    // "bau" is inside "strassenbau": found, but after names where both words start a word.
    expect(hits.map((c) => c.name)).toContain(NAMED.strassenbau.name);
    const inside = hits.map(
      (c) => ['sud', 'bau'].filter((w) => !new RegExp(`(^|[^a-z])${w}`).test(c.searchName)).length,
    );
    expect(inside).toEqual([...inside].sort((a, b) => a - b));
  });

  it.each([
    '',
    'a',
    ' a ',
    'x'.repeat(101),
    '😀',
    '😀'.repeat(60),
    '\u0301\u0301\u0301',
    '\u200B\u200B\u200B',
    '\u0001\u0002',
  ])('refuses %j with 422 invalid_query on q', (q) => {
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
    expect(hits.items.map((h) => h.id)).toContain(last.id);
  });
});
