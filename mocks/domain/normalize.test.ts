import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize';

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
