import { describe, expect, it } from 'vitest';
import { emailProblem, isFreeMailAddress } from './validation';

describe('emailProblem (R6)', () => {
  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['anna@firma.de', null],
    ['  anna@firma.de  ', null],
    ['anna.berg+einkauf@sub.firma.co.uk', null],
    ['anna', 'invalid'],
    ['anna@firma', 'invalid'],
    ['anna@@firma.de', 'invalid'],
    ['an na@firma.de', 'invalid'],
    ['anna@firma..de', 'invalid'],
    [`${'a'.repeat(246)}@firma.de`, 'tooLong'],
    ['anna\u200B@firma.de', 'invalid'],
    ['anna@fir\u202Ema.de', 'invalid'],
    ['anna@firma.de\u0007', 'invalid'],
  ])('%j → %s', (email, problem) => {
    expect(emailProblem(email)).toBe(problem);
  });

  it('accepts exactly 254 characters', () => {
    const email = `${'a'.repeat(245)}@firma.de`;
    expect(email).toHaveLength(254);
    expect(emailProblem(email)).toBeNull();
  });
});

describe('isFreeMailAddress', () => {
  it.each([
    'someone@gmail.com',
    'someone@GMAIL.com',
    'someone@yahoo.de',
    'someone@yahoo.co.uk',
    'someone@hotmail.fr',
    'someone@outlook.com',
    'someone@gmx.de',
    'someone@web.de',
  ])('warns about %s', (email) => {
    expect(isFreeMailAddress(email)).toBe(true);
  });

  it.each(['einkauf@firma.de', 'someone@mygmail.com', 'someone@web.de.firma.com', 'no-at-sign'])(
    'does not warn about %s',
    (email) => {
      expect(isFreeMailAddress(email)).toBe(false);
    },
  );
});
