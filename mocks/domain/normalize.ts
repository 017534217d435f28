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
/** Combining marks, and the invisible format and control characters a paste can carry. */
const MARKS_AND_INVISIBLES = /[\p{M}\p{Cf}\p{Cc}]/gu;

/**
 * The form names are ordered and compared in: lower case, accents stripped (NFD), ß → ss,
 * invisible characters dropped, runs of whitespace collapsed. "Müller" and "muller", "Straße"
 * and "strasse" agree.
 */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(FOLDABLE, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(MARKS_AND_INVISIBLES, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * R5: the form names and queries are matched in — `normalizeName` plus the German
 * transliterations folded: an `e` after a, o or u is dropped, so "Müller", "Mueller" and
 * "Muller" all become "muller", whichever side typed which. Applied the same way to names and
 * queries; it is a rule over one letter and the one before it, so any prefix of a name folds
 * to a prefix of the folded name (a query that types a name from its start always finds it).
 * Not used for ordering: "Blue" would sort as "blu".
 */
export function searchForm(text: string): string {
  return normalizeName(text).replace(/(?<=[aou])e/g, '');
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;

/**
 * R5: a query's words in search form — runs of letters and digits, so punctuation and spacing
 * ("Müller-Logistik", "müller, logistik") do not decide whether a name is found. Distinct.
 */
export function queryWords(query: string): string[] {
  return [...new Set(searchForm(query).split(NOT_LETTER_OR_DIGIT))].filter((word) => word !== '');
}
