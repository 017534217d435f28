/**
 * Rules the UI mirrors and the mock backend enforces, defined once and imported by both.
 * Plain functions over the contract's constants: no dependencies, no I/O.
 */
import { QUERY_MAX_LENGTH, QUERY_MIN_LENGTH } from './index';

/** Length in Unicode code points (what JSON Schema's maxLength counts), not UTF-16 units. */
export function characterCount(text: string): number {
  // A string iterates by code point, so a surrogate pair ("😀") counts once.
  return Array.from(text).length;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/** How many code points of `text` are letters or digits, in any script. */
function letterOrDigitCount(text: string): number {
  return text.match(LETTER_OR_DIGIT)?.length ?? 0;
}

export type SearchQueryProblem = 'tooShort' | 'tooLong' | 'noLettersOrDigits';

/**
 * R5: trimmed, 2–100 characters, at least two letters or digits; null when valid.
 * A query of only marks, zero-width or control characters, punctuation or emoji has fewer than
 * two letters or digits, so it cannot match a name and is refused without spending a search.
 */
export function searchQueryProblem(raw: string): SearchQueryProblem | null {
  const length = characterCount(raw.trim());
  if (length < QUERY_MIN_LENGTH) return 'tooShort';
  if (length > QUERY_MAX_LENGTH) return 'tooLong';
  if (letterOrDigitCount(raw) < QUERY_MIN_LENGTH) return 'noLettersOrDigits';
  return null;
}
