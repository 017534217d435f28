import { useEffect } from 'react';
import { isTransientError } from '../../../app/api-error';
import { useContactRequestForm } from '../../../app/use-contact-request-form';
import { useErrorMessage } from '../../../app/use-error-message';
import { CaptchaField } from '../../../components/captcha';
import { FormErrorAlert } from '../../../components/contact-request';
import type {
  ConnectionRequest,
  CreateConnectionRequest,
  CustomerSearchHit,
} from '../../../contract';
import { RequestForm } from './request-form';

export interface RequestStepProps {
  /** The form's id, for the Request button in the dialog's footer. */
  formId: string;
  customer: CustomerSearchHit;
  /** useSendConnectionRequest's send: owned by the dialog so its idempotency keys outlive this step. */
  send: (body: CreateConnectionRequest) => Promise<ConnectionRequest>;
  sending: boolean;
  onSent: (request: ConnectionRequest) => void;
  /** Whether Request can be pressed: the footer's button follows it. */
  onCanSubmitChange: (canSubmit: boolean) => void;
  autoFocusEmail?: boolean;
}

/** Container of the request step: its inputs, the captcha token and where errors land. */
export function RequestStep({
  formId,
  customer,
  send,
  sending,
  onSent,
  onCanSubmitChange,
  autoFocusEmail = false,
}: RequestStepProps) {
  const errorMessage = useErrorMessage();
  const form = useContactRequestForm({ customerId: customer.customerId, send, onSent });
  const { formError, canSubmit } = form;
  useEffect(() => {
    onCanSubmitChange(canSubmit);
  }, [canSubmit, onCanSubmitChange]);

  return (
    <RequestForm
      formId={formId}
      autoFocusEmail={autoFocusEmail}
      customerName={customer.customerName}
      email={form.email}
      onEmailChange={form.onEmailChange}
      onEmailBlur={form.onEmailBlur}
      emailError={form.emailError}
      emailWarning={form.emailWarning}
      captcha={<CaptchaField {...form.captchaField} />}
      confirmed={form.confirmed}
      onConfirmedChange={form.onConfirmedChange}
      confirmError={form.confirmError}
      canSubmit={form.canSubmit}
      sending={sending}
      onSubmit={form.submit}
      alert={
        formError === null ? null : (
          <FormErrorAlert
            message={errorMessage(formError)}
            onRetry={isTransientError(formError) ? form.submit : undefined}
            retryDisabled={!form.canSubmit || sending}
          />
        )
      }
    />
  );
}
