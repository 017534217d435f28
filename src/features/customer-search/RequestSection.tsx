import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { isApiError, isTransientError, type ApiError } from '../../app/api-error';
import { useErrorMessage } from '../../app/useErrorMessage';
import type { ConnectionRequest, CreateConnectionRequest, CustomerSearchHit } from '../../contract';
import type { CaptchaHandle } from './captcha';
import { CaptchaField } from './CaptchaField';
import { RequestForm } from './RequestForm';
import { captchaTokenSurvives, sendErrorPlace } from './send-errors';
import { emailProblem, isFreeMailAddress } from './validation';

export interface RequestSectionProps {
  customer: CustomerSearchHit;
  /** useSendConnectionRequest's send: owned by the dialog so its idempotency keys outlive this step. */
  send: (body: CreateConnectionRequest) => Promise<ConnectionRequest>;
  sending: boolean;
  onSent: (request: ConnectionRequest) => void;
}

/** Container of the request step: its inputs, the captcha token and where errors land. */
export function RequestSection({ customer, send, sending, onSent }: RequestSectionProps) {
  const { t } = useTranslation('search');
  const { t: tCommon } = useTranslation('common');
  const errorMessage = useErrorMessage();
  const captcha = useRef<CaptchaHandle>(null);
  const { customerId } = customer;

  const [email, setEmail] = useState('');
  const [emailTouched, setEmailTouched] = useState(false);
  const [captchaToken, setCaptchaToken] = useState<string | null>(null);
  const [captchaMessage, setCaptchaMessage] = useState<string | null>(null);
  // Confirmation and errors are about one customer: choosing another one drops them.
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ customerId: string; error: ApiError } | null>(null);

  const confirmed = confirmedFor === customerId;
  const error = failure?.customerId === customerId ? failure.error : null;
  const place = error === null ? null : sendErrorPlace(error);
  const problem = emailProblem(email);
  const canSubmit = problem === null && captchaToken !== null && confirmed;

  let emailError: string | null = null;
  if (error !== null && place === 'email') emailError = errorMessage(error);
  else if (emailTouched && problem !== null) emailError = t(`request.email.${problem}`);

  const submit = () => {
    if (!canSubmit) return;
    setFailure(null);
    const body: CreateConnectionRequest = {
      customerId,
      origin: 'search',
      contactEmail: email.trim(),
      captchaToken,
      confirmed,
    };
    void send(body).then(onSent, (reason: unknown) => {
      const apiError: ApiError = isApiError(reason)
        ? reason
        : { status: 0, code: 'unexpected', message: String(reason) };
      if (!captchaTokenSurvives(apiError)) {
        captcha.current?.reset();
        setCaptchaToken(null);
      }
      if (sendErrorPlace(apiError) === 'captcha') setCaptchaMessage(errorMessage(apiError));
      else setFailure({ customerId, error: apiError });
    });
  };

  const clearErrorAt = (changed: typeof place) => {
    if (place === changed) setFailure(null);
  };

  let alert = null;
  if (error !== null && place === 'dialog') {
    alert = isTransientError(error) ? (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={submit} disabled={!canSubmit || sending}>
            {tCommon('retry')}
          </Button>
        }
      >
        {errorMessage(error)}
      </Alert>
    ) : (
      <Alert severity="error">{errorMessage(error)}</Alert>
    );
  }

  return (
    <RequestForm
      customerName={customer.customerName}
      email={email}
      onEmailChange={(value) => {
        setEmail(value);
        clearErrorAt('email');
      }}
      onEmailBlur={() => setEmailTouched(true)}
      emailError={emailError}
      emailWarning={
        problem === null && isFreeMailAddress(email) ? t('request.email.freeMail') : null
      }
      captcha={
        <CaptchaField
          ref={captcha}
          message={captchaMessage}
          onToken={(token) => {
            setCaptchaToken(token);
            if (token !== null) setCaptchaMessage(null);
          }}
          onExpired={() => {
            setCaptchaToken(null);
            setCaptchaMessage(t('captcha.expired'));
          }}
          onUnavailable={() => setCaptchaMessage(t('captcha.unavailable'))}
        />
      }
      confirmed={confirmed}
      onConfirmedChange={(checked) => {
        setConfirmedFor(checked ? customerId : null);
        clearErrorAt('confirmation');
      }}
      confirmError={error !== null && place === 'confirmation' ? errorMessage(error) : null}
      canSubmit={canSubmit}
      sending={sending}
      onSubmit={submit}
      alert={alert}
    />
  );
}
