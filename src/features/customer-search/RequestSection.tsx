import { isTransientError } from '../../app/api-error';
import { useContactRequestForm } from '../../app/useContactRequestForm';
import { useErrorMessage } from '../../app/useErrorMessage';
import { CaptchaField } from '../../components/captcha';
import { FormErrorAlert } from '../../components/contact-request';
import type { ConnectionRequest, CreateConnectionRequest, CustomerSearchHit } from '../../contract';
import { RequestForm } from './RequestForm';

export interface RequestSectionProps {
  customer: CustomerSearchHit;
  /** useSendConnectionRequest's send: owned by the dialog so its idempotency keys outlive this step. */
  send: (body: CreateConnectionRequest) => Promise<ConnectionRequest>;
  sending: boolean;
  onSent: (request: ConnectionRequest) => void;
}

/** Container of the request step: its inputs, the captcha token and where errors land. */
export function RequestSection({ customer, send, sending, onSent }: RequestSectionProps) {
  const errorMessage = useErrorMessage();
  const form = useContactRequestForm({ customerId: customer.customerId, send, onSent });
  const { formError } = form;

  return (
    <RequestForm
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
