import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import {
  ConfirmationCheckbox,
  ContactEmailField,
  type ConfirmationBinding,
  type ContactEmailBinding,
} from '../../../components/contact-request';

export interface RequestFormProps {
  /** The form's id: its Request button sits in the dialog's footer (`form` attribute). */
  formId: string;
  customerName: string;
  email: ContactEmailBinding;
  /** The reCAPTCHA field (CaptchaField), placed between the email and the confirmation. */
  captcha: ReactNode;
  confirmation: ConfirmationBinding;
  /** True when the email, the captcha and the confirmation are all valid. */
  canSubmit: boolean;
  sending: boolean;
  onSubmit: () => void;
  /** Errors that belong to no single field (409s, 503 with Retry), rendered last. */
  alert?: ReactNode;
  /** The customer was just chosen with a click: the email is what comes next. */
  autoFocusEmail?: boolean;
}

/**
 * The second step of the dialog: contact email, reCAPTCHA and confirmation. Its Request button is
 * the dialog's (RequestButton), in the footer, so it stays in view however long the step is.
 */
export function RequestForm({
  formId,
  customerName,
  email,
  captcha,
  confirmation,
  canSubmit,
  sending,
  onSubmit,
  alert,
  autoFocusEmail,
}: RequestFormProps) {
  const { t } = useTranslation('search');
  const { t: tCommon } = useTranslation();
  return (
    <Box
      component="form"
      id={formId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (canSubmit && !sending) onSubmit();
      }}
      sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}
    >
      <Typography variant="subtitle1" component="h3">
        {t('request.heading', { customer: customerName })}
      </Typography>
      <ContactEmailField
        {...email}
        help={tCommon('contactEmail.help')}
        required
        autoFocus={autoFocusEmail}
      />
      {captcha}
      <ConfirmationCheckbox
        {...confirmation}
        label={tCommon('contactEmail.confirm', { customer: customerName })}
      />
      {alert}
    </Box>
  );
}

export interface RequestButtonProps {
  formId: string;
  canSubmit: boolean;
  sending: boolean;
}

/** Request: submits the request step's form from the dialog's footer. */
export function RequestButton({ formId, canSubmit, sending }: RequestButtonProps) {
  const { t } = useTranslation('search');
  return (
    <Button type="submit" form={formId} variant="contained" disabled={!canSubmit} loading={sending}>
      {t('request.submit')}
    </Button>
  );
}
