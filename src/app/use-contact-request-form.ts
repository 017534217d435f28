import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaptcha } from '../components/captcha';
import {
  emailProblem,
  isFreeMailAddress,
  type ConfirmationBinding,
  type ContactEmailBinding,
} from '../components/contact-request';
import type { ConnectionRequest, CreateConnectionRequest } from '../contract';
import { isApiError, type ApiError } from './api-error';
import { config } from './config';
import { captchaTokenSurvives, sendErrorPlace } from './send-errors';
import { useErrorMessage } from './use-error-message';

/**
 * How a request with a contact is sent, from whoever outlives the form (the table for Send again,
 * the search dialog for its request step) so that its idempotency keys outlive the form too.
 */
export interface ContactRequestSender {
  /** useSendConnectionRequest's send: a double click sends once, a retry keeps its key. */
  send: (body: CreateConnectionRequest) => Promise<ConnectionRequest>;
  /** This customer's request is in flight: the form is not sent again meanwhile. */
  sending: boolean;
  onSent: (request: ConnectionRequest) => void;
}

export interface ContactRequestFormOptions extends ContactRequestSender {
  customerId: string;
  /** The email the form starts with (Send again: the last contact). */
  initialEmail?: string;
  /**
   * Send again: an empty email is allowed and sends a system-initiated request (R7) without
   * captcha or confirmation. A request from a search always needs one (R6).
   */
  emailOptional?: boolean;
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
  sending,
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
    if (!canSubmit || sending) return;
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

  const emailField: ContactEmailBinding = {
    value: email,
    onChange: (value) => {
      setEmail(value);
      clearErrorAt('email');
      // The captcha leaves with the email: a token kept from before would count as a new tick.
      if (emailOptional && value.trim() === '') captcha.reset();
    },
    onBlur: () => setEmailTouched(true),
    error: emailError,
    warning:
      withContact && problem === null && isFreeMailAddress(email)
        ? t('contactEmail.freeMail')
        : null,
  };
  const confirmation: ConfirmationBinding = {
    value: confirmed,
    onChange: (checked) => {
      setConfirmedFor(checked ? customerId : null);
      clearErrorAt('confirmation');
    },
    error: error !== null && place === 'confirmation' ? errorMessage(error) : null,
  };

  return {
    emailField,
    /** False while Send again's email is empty: no captcha or confirmation is asked for. */
    withContact,
    captchaField: captcha.fieldProps,
    confirmation,
    /** An error that names no field (a conflict, the service unavailable): shown on the form. */
    formError: error !== null && place === 'dialog' ? error : null,
    canSubmit,
    submit,
  };
}
