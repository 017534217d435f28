/**
 * The UI and the mock backend must agree on every input a rule checks on both sides: one that
 * the UI lets through and the server refuses wastes the user's click (and, for a search, a
 * captcha token); one the UI refuses and the server accepts is a request the user cannot make.
 * Each table runs the UI's validator and the mock's rule on the same inputs.
 */
import { describe, expect, it } from 'vitest';
import { createRequest } from '../../mocks/domain/create';
import { DomainError } from '../../mocks/domain/errors';
import { respondToRequest } from '../../mocks/domain/respond';
import { validateQuery } from '../../mocks/domain/search';
import { T0, idOf, worldFor } from '../../mocks/testing/test-world';
import { emailProblem } from '../components/contact-request/validation';
import { queryProblem } from '../features/customer-search/model/validation';
import { MAX_COMMENT_LENGTH, commentProblem } from './rules';

/** Whether the mock's rule lets `run` through; false when it refuses with `code` on `field`. */
function mockAccepts(run: () => unknown, code: string, field: string): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === code && error.field === field) return false;
    throw error;
  }
}

function mockAcceptsQuery(query: string): boolean {
  return mockAccepts(() => validateQuery(query), 'invalid_query', 'q');
}

/** A request from a search to a customer that can be asked, everything valid but the email. */
function mockAcceptsEmail(contactEmail: string): boolean {
  const body = {
    customerId: idOf('angstroem'),
    origin: 'search',
    contactEmail,
    captchaToken: 'a-new-token',
    confirmed: true,
  };
  return mockAccepts(
    () => createRequest(worldFor('default'), body, T0),
    'invalid_email',
    'contactEmail',
  );
}

/** The customer rejects a pending request with this comment (the demo's "act as the customer"). */
function mockAcceptsComment(comment: string): boolean {
  const world = worldFor('default');
  const pending = world.latestTo(idOf('muellerLogistik'));
  if (!pending) throw new Error('the default scenario has no pending request to Müller');
  const body = { requestId: pending.id, decision: 'reject', comment };
  return mockAccepts(() => respondToRequest(world, body, T0), 'invalid_input', 'comment');
}

const QUERIES: [string, string][] = [
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
  it.each(QUERIES)('%s', (_name, query) => {
    const uiAccepts = queryProblem(query) === null;
    expect(uiAccepts, `UI: ${String(queryProblem(query))}`).toBe(mockAcceptsQuery(query));
  });

  it('the table has valid and invalid inputs, so agreement is not vacuous', () => {
    expect(new Set(QUERIES.map(([, query]) => mockAcceptsQuery(query)))).toEqual(
      new Set([true, false]),
    );
  });
});

const at254 = `${'a'.repeat(64)}@${'b'.repeat(185)}.com`;

const EMAILS: [string, string][] = [
  ['empty', ''],
  ['spaces', '   '],
  ['a plain address', 'anna@firma.de'],
  ['padded with spaces', '  anna@firma.de  '],
  ['plus and subdomains', 'anna.berg+einkauf@sub.firma.co.uk'],
  ['no @', 'anna'],
  ['no dot in the domain', 'anna@firma'],
  ['two @', 'anna@@firma.de'],
  ['a space inside', 'an na@firma.de'],
  ['an empty domain label', 'anna@firma..de'],
  ['254 characters', at254],
  ['255 characters', `a${at254}`],
  ['254 characters with emoji (274 UTF-16 units)', `${'😀'.repeat(20)}${at254.slice(20)}`],
  ['umlauts', 'müller@müller.de'],
  ['a zero-width space', 'anna\u200B@firma.de'],
  ['a zero-width joiner', 'anna@fir\u200Dma.de'],
  ['a BOM at the end (trim would drop it)', 'anna@firma.de\uFEFF'],
  ['a soft hyphen', 'an\u00ADna@firma.de'],
  ['a bidi override', 'anna@fir\u202Ema.de'],
  ['a bidi isolate', 'anna@firma\u2066.de'],
  ['a right-to-left mark', 'anna@firma\u200F.de'],
  ['BEL', 'anna@firma.de\u0007'],
  ['NUL', 'anna\u0000@firma.de'],
  ['DEL', 'anna\u007F@firma.de'],
  ['a trailing line feed (trim would drop it)', 'anna@firma.de\n'],
  ['a tab inside', 'anna\t@firma.de'],
  ['a lone surrogate', 'anna\uD800@firma.de'],
  ['HTML', '<b>@firma.de'],
];

describe('R6: the UI and the mock backend agree on what a valid contact email is', () => {
  it.each(EMAILS)('%s', (_name, email) => {
    const uiAccepts = emailProblem(email) === null;
    expect(uiAccepts, `UI: ${String(emailProblem(email))}`).toBe(mockAcceptsEmail(email));
    // What the UI sends is the trimmed value: whatever the UI accepts, the mock accepts so.
    expect(!uiAccepts || mockAcceptsEmail(email.trim())).toBe(true);
  });

  it('the table has valid and invalid inputs, so agreement is not vacuous', () => {
    expect(new Set(EMAILS.map(([, email]) => mockAcceptsEmail(email)))).toEqual(
      new Set([true, false]),
    );
  });
});

const COMMENTS: [string, string][] = [
  ['empty', ''],
  ['a sentence', 'We already work with your parent company.'],
  ['500 letters', 'c'.repeat(MAX_COMMENT_LENGTH)],
  ['501 letters', 'c'.repeat(MAX_COMMENT_LENGTH + 1)],
  ['300 emoji (600 UTF-16 units)', '😀'.repeat(300)],
  ['500 emoji', '😀'.repeat(MAX_COMMENT_LENGTH)],
  ['501 emoji', '😀'.repeat(MAX_COMMENT_LENGTH + 1)],
  ['250 decomposed letters (500 code points)', 'e\u0301'.repeat(MAX_COMMENT_LENGTH / 2)],
  ['251 decomposed letters (502 code points)', 'e\u0301'.repeat(MAX_COMMENT_LENGTH / 2 + 1)],
  ['markup', '<b>Not</b> interested <script>alert("x")</script>'],
  ['line breaks', 'Line one\nLine two'],
];

describe('R9: the demo panel and the mock backend agree on what a valid comment is', () => {
  it.each(COMMENTS)('%s', (_name, comment) => {
    const uiAccepts = commentProblem(comment) === null;
    expect(uiAccepts, `UI: ${String(commentProblem(comment))}`).toBe(mockAcceptsComment(comment));
  });

  it('the table has valid and invalid inputs, so agreement is not vacuous', () => {
    expect(new Set(COMMENTS.map(([, comment]) => mockAcceptsComment(comment)))).toEqual(
      new Set([true, false]),
    );
  });
});
