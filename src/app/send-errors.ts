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
 * What openapi.yaml's order of checks for createConnectionRequest refuses before it verifies the
 * captcha token (steps 1–8, then the email, first of step 9): after these the token is unused.
 */
const REFUSED_BEFORE_THE_CAPTCHA: ReadonlySet<ApiError['code']> = new Set<ApiError['code']>([
  'not_found',
  'method_not_allowed',
  'idempotency_key_in_flight',
  'service_unavailable',
  'forbidden',
  'unsupported_media_type',
  'idempotency_key_reused',
  'customer_not_found',
  'requests_disabled',
  'already_connected',
  'request_pending',
  'request_rejected',
  'request_limit_reached',
  'invalid_email',
]);

/**
 * Whether the captcha token is still unused after this error (openapi.yaml, createConnectionRequest:
 * "a token is used up the moment it verifies, and only then"). A refusal before the captcha step
 * leaves it unused, except a malformed body that names the token itself (step 5: too long to ever
 * verify); `captcha_failed`, `not_confirmed` (it verified) and an error the order does not name
 * (500) need a new one. A transient failure is sent again with the same Idempotency-Key, which
 * the server answers with the first call's answer (step 4), so the token goes with it as is.
 */
export function captchaTokenSurvives(error: ApiError): boolean {
  if (isTransientError(error)) return true;
  if (error.code === 'invalid_input') return error.field !== 'captchaToken';
  return REFUSED_BEFORE_THE_CAPTCHA.has(error.code);
}
