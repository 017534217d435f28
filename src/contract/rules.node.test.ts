import { describe, expect, it } from 'vitest';
import {
  MAX_COMMENT_LENGTH,
  MAX_EMAIL_LENGTH,
  characterCount,
  commentProblem,
  contactEmailProblem,
  searchQueryProblem,
  type EmailProblem,
  type SearchQueryProblem,
} from './rules';

describe('characterCount', () => {
  it.each([
    ['', 0],
    ['ab', 2],
    ['Müller', 6],
    ['😀', 1],
    ['😀'.repeat(60), 60],
    // A base letter plus a combining accent is two code points.
    ['e\u0301', 2],
  ])('%j has %i characters', (text, expected) => {
    expect(characterCount(text)).toBe(expected);
  });
});

describe('searchQueryProblem (R5)', () => {
  const cases: [string, string, SearchQueryProblem | null][] = [
    ['empty', '', 'tooShort'],
    ['one letter', 'a', 'tooShort'],
    ['one letter once trimmed', '  a  ', 'tooShort'],
    ['whitespace only', '    ', 'tooShort'],
    ['one emoji (two UTF-16 units)', '😀', 'tooShort'],
    ['two letters', 'ab', null],
    ['two letters, trimmed', '  ab  ', null],
    ['two digits', '42', null],
    ['a letter and a digit', 'a1', null],
    ['accented letters', 'ßü', null],
    ['another script', '東京', null],
    ['100 letters', 'x'.repeat(100), null],
    ['100 letters with spaces around', `  ${'x'.repeat(100)}  `, null],
    ['101 letters', 'x'.repeat(101), 'tooLong'],
    ['50 emoji (100 UTF-16 units) and two letters', `${'😀'.repeat(50)}ab`, null],
    ['60 emoji', '😀'.repeat(60), 'noLettersOrDigits'],
    ['101 emoji', '😀'.repeat(101), 'tooLong'],
    ['two emoji', '😀😀', 'noLettersOrDigits'],
    ['combining marks only', '\u0301\u0308\u0327', 'noLettersOrDigits'],
    ['zero-width characters only', '\u200B\u200C\u200D\u2060', 'noLettersOrDigits'],
    ['control characters only', '\u0001\u0002\u0007', 'noLettersOrDigits'],
    ['bidirectional overrides only', '\u202E\u202D', 'noLettersOrDigits'],
    ['punctuation only', '--', 'noLettersOrDigits'],
    ['one letter among marks', 'a\u0301\u0301', 'noLettersOrDigits'],
    ['one letter among zero-width characters', '\u200Ba\u200B', 'noLettersOrDigits'],
    ['letters hidden among zero-width characters', '\u200Bab\u200B', null],
  ];

  it.each(cases)('%s → %s', (_name, query, expected) => {
    expect(searchQueryProblem(query)).toBe(expected);
  });
});

describe('contactEmailProblem (R6)', () => {
  const at254 = `${'a'.repeat(64)}@${'b'.repeat(185)}.com`;
  const cases: [string, string, EmailProblem | null][] = [
    ['empty', '', 'required'],
    ['spaces only', '   ', 'required'],
    ['an address', 'anna@firma.de', null],
    ['an address padded with spaces', '  anna@firma.de  ', null],
    ['254 characters', at254, null],
    ['255 characters', `a${at254}`, 'tooLong'],
    ['254 characters, 20 of them emoji', `${'😀'.repeat(20)}${at254.slice(20)}`, null],
    ['no domain dot', 'anna@firma', 'invalid'],
    ['a zero-width space', 'anna\u200B@firma.de', 'invalid'],
    ['a hidden character among too many', `\u200B${'a'.repeat(MAX_EMAIL_LENGTH)}@x.de`, 'invalid'],
    ['a trailing line feed', 'anna@firma.de\n', 'invalid'],
  ];

  it.each(cases)('%s → %s', (_name, email, expected) => {
    expect(contactEmailProblem(email)).toBe(expected);
  });
});

describe('commentProblem (R9)', () => {
  it.each([
    ['', null],
    ['c'.repeat(MAX_COMMENT_LENGTH), null],
    ['c'.repeat(MAX_COMMENT_LENGTH + 1), 'tooLong'],
    ['😀'.repeat(MAX_COMMENT_LENGTH), null],
    ['😀'.repeat(MAX_COMMENT_LENGTH + 1), 'tooLong'],
  ])('a comment of %# → %s', (comment, expected) => {
    expect(commentProblem(comment)).toBe(expected);
  });
});
