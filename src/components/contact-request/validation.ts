import { contactEmailProblem, type EmailProblem } from '../../contract';

export type { EmailProblem };

/** R6 as the UI checks it: the rule the mock backend enforces too (src/contract/rules.ts). */
export function emailProblem(email: string): EmailProblem | null {
  return contactEmailProblem(email);
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
