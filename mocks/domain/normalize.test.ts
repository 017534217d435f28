import { describe, expect, it } from 'vitest';
import { normalizeName, queryWords, searchForm } from './normalize';

describe('R5 normalisation', () => {
  it.each([
    ['Müller', 'muller'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Société Générale', 'societe generale'],
    ['Østergaard & Søn', 'ostergaard & son'],
    ['Łódź', 'lodz'],
    ['Ångström', 'angstrom'],
    ['  Çelik   Yapı ', 'celik yapi'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('R5 search form (German transliterations folded on both sides)', () => {
  it.each([
    ['Müller', 'muller'],
    ['Mueller', 'muller'],
    ['Muller', 'muller'],
    ['Zürcher Präzision', 'zurcher prazision'],
    ['Zuercher Praezision', 'zurcher prazision'],
    ['Kölner', 'kolner'],
    ['Koelner', 'kolner'],
    ['Straße', 'strasse'],
    ['Mül\u200Bler', 'muller'],
  ])('%s → %s', (input, expected) => {
    expect(searchForm(input)).toBe(expected);
  });
});

describe('R5 query words', () => {
  it.each([
    ['logistik müller', ['logistik', 'muller']],
    ['  Müller,  Logistik ', ['muller', 'logistik']],
    ['müller-lüdenscheidt', ['muller', 'ludenscheidt']],
    ['mueller mueller', ['muller']],
    ['<img src=x>', ['img', 'src', 'x']],
    ['😀 ab', ['ab']],
    ['--', []],
  ])('%j → %j', (query, expected) => {
    expect(queryWords(query)).toEqual(expected);
  });
});
