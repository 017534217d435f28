/**
 * The search dialog and the mock backend must agree on every query (R5): one that the UI lets
 * through and the server refuses wastes the user's click; one the UI refuses and the server
 * accepts is a search the user cannot make. Both sides run on the same inputs here.
 */
import { describe, expect, it } from 'vitest';
import { validateQuery } from '../../mocks/domain/search';
import { DomainError } from '../../mocks/domain/errors';
import { queryProblem } from '../features/customer-search/validation';

function serverAccepts(query: string): boolean {
  try {
    validateQuery(query);
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'invalid_query') return false;
    throw error;
  }
}

const INPUTS: [string, string][] = [
  ['empty', ''],
  ['spaces', '     '],
  ['tabs and newlines', '\t\n \r\n'],
  ['no-break and ideographic spaces', '\u00A0\u3000'],
  ['one letter', 'a'],
  ['one letter padded', '   a   '],
  ['two letters', 'ab'],
  ['two letters padded', '  ab  '],
  ['two letters padded with no-break spaces', '\u00A0ab\u00A0'],
  ['two digits', '42'],
  ['a letter and a space and a letter', 'a b'],
  ['one emoji', '😀'],
  ['two emoji', '😀😀'],
  ['a family emoji (one glyph, several code points)', '👨‍👩‍👧'],
  ['a flag', '🇩🇪'],
  ['60 emoji', '😀'.repeat(60)],
  ['101 emoji', '😀'.repeat(101)],
  ['an emoji and a letter', '😀a'],
  ['an emoji and two letters', '😀ab'],
  ['50 emoji and two letters', `${'😀'.repeat(50)}ab`],
  ['99 letters and an emoji', `${'a'.repeat(99)}😀`],
  ['100 letters and an emoji', `${'a'.repeat(100)}😀`],
  ['100 letters', 'x'.repeat(100)],
  ['100 letters padded', `  ${'x'.repeat(100)}  `],
  ['101 letters', 'x'.repeat(101)],
  ['100 umlauts', 'ü'.repeat(100)],
  ['100 decomposed umlauts (200 code points)', 'u\u0308'.repeat(100)],
  ['combining marks only', '\u0301\u0308\u0327'],
  ['a letter and combining marks', 'e\u0301\u0301'],
  ['two decomposed letters', 'e\u0301e\u0301'],
  ['zero-width characters only', '\u200B\u200C\u200D\u2060\uFEFF'],
  ['letters wrapped in zero-width characters', '\u200Bab\u200B'],
  ['control characters only', '\u0000\u0001\u001F\u007F'],
  ['bidirectional overrides only', '\u202E\u202D\u2066'],
  ['bidirectional override around letters', '\u202Eab\u202C'],
  ['punctuation only', '-- ..'],
  ['symbols only', '€$%&'],
  ['two Chinese characters', '东京'],
  ['one Chinese character', '东'],
  ['Arabic', 'شركة'],
  ['Hebrew', 'חברה'],
  ['Devanagari with marks', 'कंपनी'],
  ['Roman numerals (letter numbers)', 'ⅫⅣ'],
  ['superscript digits', '²³'],
  ['fullwidth letters', 'ＡＢ'],
  ['a lone surrogate', '\uD83D'],
  ['two lone surrogates', '\uD83D\uD83D'],
  ['HTML', '<b>'],
  ['a German name', 'Müller Logistik'],
];

describe('R5: the UI and the mock backend agree on what a valid query is', () => {
  it.each(INPUTS)('%s', (_name, query) => {
    const uiAccepts = queryProblem(query) === null;
    expect(uiAccepts, `UI: ${String(queryProblem(query))}`).toBe(serverAccepts(query));
  });

  it('the table has valid and invalid inputs, so agreement is not vacuous', () => {
    const verdicts = new Set(INPUTS.map(([, query]) => serverAccepts(query)));
    expect(verdicts).toEqual(new Set([true, false]));
  });
});
