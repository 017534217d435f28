import { MAX_EMAIL_LENGTH } from '../../contract';

export type EmailProblem = 'required' | 'tooLong' | 'invalid';

// Deliberately loose (one @, no spaces, a dot in the domain): the server has the last word (R6).
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

// Control, zero-width and bidirectional-override characters: invisible in the field, so an
// address holding one is not the address the user sees (SPEC §4).
const INVISIBLE = /[\p{Cc}\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/u;

/** R6 as the UI checks it: a sane address of at most 254 characters, after trimming. */
export function emailProblem(email: string): EmailProblem | null {
  const trimmed = email.trim();
  if (trimmed === '') return 'required';
  if (trimmed.length > MAX_EMAIL_LENGTH) return 'tooLong';
  if (INVISIBLE.test(trimmed) || !EMAIL_PATTERN.test(trimmed)) return 'invalid';
  return null;
}

// Providers whose addresses belong to people, not companies. Families with many country
// domains (yahoo.de, hotmail.co.uk, …) are matched by their first label.
const FREE_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mail.com',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'web.de',
  't-online.de',
  'freenet.de',
  'proton.me',
  'protonmail.com',
  'zoho.com',
  'mail.ru',
]);
const FREE_MAIL_FAMILIES = new Set(['yahoo', 'hotmail', 'yandex']);

/** A contact at a free-mail provider gets a warning, not a refusal (SPEC §3). */
export function isFreeMailAddress(email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  if (FREE_MAIL_DOMAINS.has(domain)) return true;
  const firstLabel = domain.split('.')[0] ?? '';
  return FREE_MAIL_FAMILIES.has(firstLabel);
}
