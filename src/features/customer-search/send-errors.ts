import type { ApiError } from '../../app/api-error';

/** Where an error answering a request from a search is shown in the dialog. */
export type SendErrorPlace = 'email' | 'captcha' | 'confirmation' | 'dialog';

/** R6: the server names the offending field; errors that name none (409s, 503) go to the dialog. */
export function sendErrorPlace(error: ApiError): SendErrorPlace {
  if (error.code === 'invalid_email' || error.field === 'contactEmail') return 'email';
  if (error.code === 'captcha_failed' || error.field === 'captchaToken') return 'captcha';
  if (error.code === 'not_confirmed' || error.field === 'confirmed') return 'confirmation';
  return 'dialog';
}
