import { isTransientError, type ApiError } from './api-error';

/** Where an error answering a request with a contact (search, Send again) is shown in its form. */
export type SendErrorPlace = 'email' | 'captcha' | 'confirmation' | 'dialog';

/** R6: the server names the offending field; errors that name none (409s, 503) go to the form. */
export function sendErrorPlace(error: ApiError): SendErrorPlace {
  if (error.code === 'invalid_email' || error.field === 'contactEmail') return 'email';
  if (error.code === 'captcha_failed' || error.field === 'captchaToken') return 'captcha';
  if (error.code === 'not_confirmed' || error.field === 'confirmed') return 'confirmation';
  return 'dialog';
}

/**
 * Whether the captcha token is still unused after this error. The server refuses conflicts and a
 * bad email before it verifies the token (mock order: conflicts, email, captcha, confirmation);
 * a transient failure will be retried as is. Anything else may have used it up (SPEC §4).
 * A server that verifies earlier answers the next attempt with captcha_failed, which resets it.
 */
export function captchaTokenSurvives(error: ApiError): boolean {
  if (isTransientError(error)) return true;
  if (sendErrorPlace(error) === 'email') return true;
  return error.status === 403 || error.status === 404 || error.status === 409;
}
