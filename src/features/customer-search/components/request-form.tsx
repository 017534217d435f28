import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ConfirmationCheckbox, ContactEmailField } from '../../../components/contact-request';

export interface RequestFormProps {
  /** The form's id: its Request button sits in the dialog's footer (`form` attribute). */
  formId: string;
  customerName: string;
  email: string;
  onEmailChange: (email: string) => void;
  onEmailBlur: () => void;
  /** What is wrong with the email (client check or the server's invalid_email); null if nothing. */
  emailError: string | null;
  /** A warning that does not block sending (a free-mail address); null if none. */
  emailWarning: string | null;
  /** The reCAPTCHA field (CaptchaField), placed between the email and the confirmation. */
  captcha: ReactNode;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  /** The server's not_confirmed, shown on the checkbox. */
  confirmError: string | null;
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
  onEmailChange,
  onEmailBlur,
  emailError,
  emailWarning,
  captcha,
  confirmed,
  onConfirmedChange,
  confirmError,
  canSubmit,
  sending,
  onSubmit,
  alert,
  autoFocusEmail = false,
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
        value={email}
        onChange={onEmailChange}
        onBlur={onEmailBlur}
        error={emailError}
        warning={emailWarning}
        help={tCommon('contactEmail.help')}
        required
        autoFocus={autoFocusEmail}
      />
      {captcha}
      <ConfirmationCheckbox
        label={tCommon('contactEmail.confirm', { customer: customerName })}
        checked={confirmed}
        onChange={onConfirmedChange}
        error={confirmError}
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
