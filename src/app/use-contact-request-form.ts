import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaptcha } from '../components/captcha';
import { emailProblem, isFreeMailAddress } from '../components/contact-request';
import type { ConnectionRequest, CreateConnectionRequest } from '../contract';
import { isApiError, type ApiError } from './api-error';
import { config } from './config';
import { captchaTokenSurvives, sendErrorPlace } from './send-errors';
import { useErrorMessage } from './use-error-message';

export interface ContactRequestFormOptions {
  customerId: string;
  /** The email the form starts with (Send again: the last contact). */
  initialEmail?: string;
  /**
   * Send again: an empty email is allowed and sends a system-initiated request (R7) without
   * captcha or confirmation. A request from a search always needs one (R6).
   */
  emailOptional?: boolean;
  /** useSendConnectionRequest's send: a double click sends once, a retry keeps its key. */
  send: (body: CreateConnectionRequest) => Promise<ConnectionRequest>;
  onSent: (request: ConnectionRequest) => void;
}

/**
 * The state of a request with a contact — the search dialog's request step and Send again: the
 * email and its checks, the captcha token, the confirmation, and where a server error lands (on
 * the field it names, else on the form). Nothing the user typed is cleared by an error.
 */
export function useContactRequestForm({
  customerId,
  initialEmail = '',
  emailOptional = false,
  send,
  onSent,
}: ContactRequestFormOptions) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const captcha = useCaptcha(config.recaptchaSiteKey);

  const [email, setEmail] = useState(initialEmail);
  const [emailTouched, setEmailTouched] = useState(false);
  // Confirmation and errors are about one customer: choosing another one drops them.
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ customerId: string; error: ApiError } | null>(null);

  const withContact = !emailOptional || email.trim() !== '';
  const confirmed = confirmedFor === customerId;
  const error = failure?.customerId === customerId ? failure.error : null;
  const place = error === null ? null : sendErrorPlace(error);
  const problem = withContact ? emailProblem(email) : null;
  const canSubmit = withContact ? problem === null && captcha.token !== null && confirmed : true;

  let emailError: string | null = null;
  if (error !== null && place === 'email') emailError = errorMessage(error);
  else if (emailTouched && problem !== null) emailError = t(`contactEmail.${problem}`);

  const clearErrorAt = (changed: typeof place) => {
    if (place === changed) setFailure(null);
  };

  const submit = () => {
    if (!canSubmit) return;
    setFailure(null);
    const body: CreateConnectionRequest = withContact
      ? {
          customerId,
          origin: 'search',
          contactEmail: email.trim(),
          captchaToken: captcha.token ?? '',
          confirmed,
        }
      : { customerId, origin: 'suggestion' };
    void send(body).then(onSent, (reason: unknown) => {
      const apiError: ApiError = isApiError(reason)
        ? reason
        : { status: 0, code: 'unexpected', message: String(reason) };
      if (withContact && !captchaTokenSurvives(apiError)) captcha.reset();
      if (sendErrorPlace(apiError) === 'captcha') captcha.showMessage(errorMessage(apiError));
      else setFailure({ customerId, error: apiError });
    });
  };

  return {
    email,
    onEmailChange: (value: string) => {
      setEmail(value);
      clearErrorAt('email');
      // The captcha leaves with the email: a token kept from before would count as a new tick.
      if (emailOptional && value.trim() === '') captcha.reset();
    },
    onEmailBlur: () => setEmailTouched(true),
    emailError,
    emailWarning:
      withContact && problem === null && isFreeMailAddress(email)
        ? t('contactEmail.freeMail')
        : null,
    /** False while Send again's email is empty: no captcha or confirmation is asked for. */
    withContact,
    captchaField: captcha.fieldProps,
    confirmed,
    onConfirmedChange: (checked: boolean) => {
      setConfirmedFor(checked ? customerId : null);
      clearErrorAt('confirmation');
    },
    confirmError: error !== null && place === 'confirmation' ? errorMessage(error) : null,
    /** An error that names no field (a conflict, the service unavailable): shown on the form. */
    formError: error !== null && place === 'dialog' ? error : null,
    canSubmit,
    submit,
  };
}
