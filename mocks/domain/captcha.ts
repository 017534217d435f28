import { DAY_MS, FAILING_CAPTCHA_TOKEN } from '../../src/contract';
import { DomainError } from './errors';
import { forgetOld } from './forget-old';
import { hashText } from './hash';
import type { World } from './world';

/** Longer than any reCAPTCHA token (they run to about 2,000 characters). */
export const MAX_CAPTCHA_TOKEN_LENGTH = 4096;
/** How long and how many used tokens are remembered (reCAPTCHA's own expire in 2 minutes). */
export const USED_CAPTCHA_TOKEN_TTL_MS = DAY_MS;
export const MAX_USED_CAPTCHA_TOKENS = 1000;

/**
 * R6: verifies the stand-in reCAPTCHA token: any non-empty token once; never `fail`, never
 * reused (else 422 `captcha_failed`). A token that verifies is used up at once, even if a later
 * check fails. Used tokens are remembered by hash for a bounded time and count.
 */
export function verifyCaptcha(world: World, token: string, now: number): void {
  const forget = () => {
    forgetOld(
      world.usedCaptchaTokens,
      (usedAt) => usedAt,
      now,
      USED_CAPTCHA_TOKEN_TTL_MS,
      MAX_USED_CAPTCHA_TOKENS,
    );
  };
  forget();
  const hash = hashText(token);
  if (token.trim() === '' || token === FAILING_CAPTCHA_TOKEN || world.usedCaptchaTokens.has(hash)) {
    throw new DomainError('captcha_failed', { field: 'captchaToken' });
  }
  world.usedCaptchaTokens.set(hash, now);
  forget();
}
