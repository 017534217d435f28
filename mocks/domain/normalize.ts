/** Letters that Unicode NFD does not decompose into a base letter plus accents. */
const FOLDED_LETTERS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'g');

/**
 * R5: the form names and queries are compared in — lower case, accents stripped (NFD),
 * ß → ss, runs of whitespace collapsed. "Müller" and "muller", "Straße" and "strasse" agree.
 */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(FOLDABLE, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
