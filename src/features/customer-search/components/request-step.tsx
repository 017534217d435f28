import { useEffect } from 'react';
import { isTransientError } from '../../../app/api-error';
import {
  useContactRequestForm,
  type ContactRequestSender,
} from '../../../app/use-contact-request-form';
import { useErrorMessage } from '../../../app/use-error-message';
import { CaptchaField } from '../../../components/captcha';
import { FormErrorAlert } from '../../../components/contact-request';
import type { CustomerSearchHit } from '../../../contract';
import { RequestForm } from './request-form';

/** The dialog's sender (ContactRequestSender): its idempotency keys outlive this step. */
export interface RequestStepProps extends ContactRequestSender {
  /** The form's id, for the Request button in the dialog's footer. */
  formId: string;
  customer: CustomerSearchHit;
  /** Whether Request can be pressed: the footer's button follows it. */
  onCanSubmitChange: (canSubmit: boolean) => void;
  autoFocusEmail?: boolean;
}

/** Container of the request step: its inputs, the captcha token and where errors land. */
export function RequestStep({
  formId,
  customer,
  onCanSubmitChange,
  autoFocusEmail,
  ...sender
}: RequestStepProps) {
  const errorMessage = useErrorMessage();
  const form = useContactRequestForm({ customerId: customer.customerId, ...sender });
  const { formError, canSubmit } = form;
  useEffect(() => {
    onCanSubmitChange(canSubmit);
  }, [canSubmit, onCanSubmitChange]);

  return (
    <RequestForm
      formId={formId}
      autoFocusEmail={autoFocusEmail}
      customerName={customer.customerName}
      email={form.emailField}
      captcha={<CaptchaField {...form.captchaField} />}
      confirmation={form.confirmation}
      canSubmit={form.canSubmit}
      sending={sender.sending}
      onSubmit={form.submit}
      alert={
        formError === null ? null : (
          <FormErrorAlert
            message={errorMessage(formError)}
            onRetry={isTransientError(formError) ? form.submit : undefined}
            retryDisabled={!form.canSubmit || sender.sending}
          />
        )
      }
    />
  );
}
