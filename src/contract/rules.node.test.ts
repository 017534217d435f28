import { describe, expect, it } from 'vitest';
import { characterCount, searchQueryProblem, type SearchQueryProblem } from './rules';

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
