/**
 * The rulebook: every limit and check that the UI mirrors and the mock backend enforces, defined
 * once and imported by both, so the two can never disagree about a number or a character.
 * Plain values and functions: no imports, no I/O. openapi.yaml states the same limits to a
 * backend team; `src/contract/rules-agree.node.test.ts` runs both sides on the same inputs.
 */

// ---------------------------------------------------------------------------------------------
// Time and attempts (R2, R3, R4)

export const DAY_MS = 24 * 60 * 60 * 1000;
/** R2: a pending request expires this many days after it was sent. */
export const EXPIRY_DAYS = 30;
/** R3: at most three requests per customer. */
export const MAX_ATTEMPTS = 3;
/** R4: five searches per user, until support resets them. */
export const MAX_SEARCHES = 5;

// ---------------------------------------------------------------------------------------------
// Lists

/** What a list answers when no `pageSize` is given. */
export const DEFAULT_PAGE_SIZE = 25;
/** A larger `pageSize` is answered with this many. */
export const MAX_PAGE_SIZE = 100;
/** A search answers the best 20 matches, and how many matched in all. */
export const MAX_SEARCH_RESULTS = 20;

// ---------------------------------------------------------------------------------------------
// Text

/** Length in Unicode code points (what JSON Schema's maxLength counts), not UTF-16 units. */
export function characterCount(text: string): number {
  // A string iterates by code point, so a surrogate pair ("😀") counts once.
  return Array.from(text).length;
}

/**
 * Control (`\p{Cc}`: NUL, BEL, ESC, line breaks), format (`\p{Cf}`: zero-width spaces and joiners,
 * BOM, soft hyphen, bidi overrides and isolates) and lone surrogate characters: invisible, or
 * they make a text display as another.
 */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Cs}]/u;

// ---------------------------------------------------------------------------------------------
// R5: the search query (the table's name filter has the same maximum)

export const QUERY_MIN_LENGTH = 2;
export const QUERY_MAX_LENGTH = 100;

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

// ---------------------------------------------------------------------------------------------
// R6: the contact email and the captcha of a request from a search

export const MAX_EMAIL_LENGTH = 254;

// Deliberately loose (one @, no spaces, a dot in the domain): a plausible address, no more.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export type EmailProblem = 'required' | 'tooLong' | 'invalid';

/**
 * R6: the value as typed or sent is trimmed; then a plausible address of at most 254 characters
 * (code points). A hidden character anywhere in the value, also where trimming would drop it,
 * makes it invalid: an address holding one is not the address the user sees.
 */
export function contactEmailProblem(value: string): EmailProblem | null {
  const email = value.trim();
  if (email === '') return 'required';
  if (HIDDEN_CHARACTERS.test(value)) return 'invalid';
  if (characterCount(email) > MAX_EMAIL_LENGTH) return 'tooLong';
  if (!EMAIL_PATTERN.test(email)) return 'invalid';
  return null;
}

/** The token the mock backend's stand-in reCAPTCHA always refuses, to show `captcha_failed`. */
export const FAILING_CAPTCHA_TOKEN = 'fail';

// ---------------------------------------------------------------------------------------------
// R9: the customer's comment on a rejection

export const MAX_COMMENT_LENGTH = 500;

export type CommentProblem = 'tooLong';

/** R9: plain text of at most 500 characters (code points: 300 emoji are 300 characters). */
export function commentProblem(comment: string): CommentProblem | null {
  return characterCount(comment) > MAX_COMMENT_LENGTH ? 'tooLong' : null;
}

// ---------------------------------------------------------------------------------------------
// The demo controls

/** One move of the demo clock: whole days, 1 to 3650. */
export const MIN_ADVANCE_DAYS = 1;
export const MAX_ADVANCE_DAYS = 3650;
/** The demo clock goes at most 100 years ahead of real time in total. */
export const MAX_CLOCK_OFFSET_DAYS = 36_500;
/** Injected latency: whole milliseconds, 0 to 30 s. */
export const MAX_LATENCY_MS = 30_000;
/** Injected failures: a rate from 0 (never) to 1 (every call). */
export const MAX_FAILURE_RATE = 1;
