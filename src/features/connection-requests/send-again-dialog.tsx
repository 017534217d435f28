import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { isTransientError } from '../../app/api-error';
import { useContactRequestForm } from '../../app/use-contact-request-form';
import { useErrorMessage } from '../../app/use-error-message';
import { CaptchaField } from '../../components/captcha';
import {
  ConfirmationCheckbox,
  ContactEmailField,
  FormErrorAlert,
} from '../../components/contact-request';
import type { ConnectionRequest, CreateConnectionRequest } from '../../contract';

export interface SendAgainDialogProps {
  /** The customer's latest request: expired or withdrawn, with attempts left. */
  request: ConnectionRequest;
  attemptsLeft: number;
  /** The table's useSendConnectionRequest: a double click sends once, a retry keeps its key. */
  send: (body: CreateConnectionRequest) => Promise<ConnectionRequest>;
  sending: boolean;
  onSent: (request: ConnectionRequest) => void;
  onClose: () => void;
}

/**
 * Send again (SPEC §1): a new request to the customer of an expired or withdrawn row, with the
 * last contact email filled in. With an email it needs the reCAPTCHA and the confirmation, like a
 * request from a search, but spends no search; emptied, it is sent as [System initiated].
 */
export function SendAgainDialog({
  request,
  attemptsLeft,
  send,
  sending,
  onSent,
  onClose,
}: SendAgainDialogProps) {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const errorMessage = useErrorMessage();
  const titleId = useId();
  const bodyId = useId();
  const name = request.customerName;
  const form = useContactRequestForm({
    customerId: request.customerId,
    // A system-initiated request had no contact: nothing to fill in.
    initialEmail: request.origin === 'search' ? (request.contactEmail ?? '') : '',
    emailOptional: true,
    send,
    onSent,
  });
  const { formError } = form;

  return (
    <Dialog
      open
      onClose={sending ? undefined : onClose}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      fullWidth
      maxWidth="sm"
    >
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!sending) form.submit();
        }}
      >
        <DialogTitle id={titleId}>{t('sendAgainDialog.title', { name })}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <DialogContentText id={bodyId}>
            {t('sendAgainDialog.body', { name, count: attemptsLeft })}
          </DialogContentText>
          <ContactEmailField
            value={form.email}
            onChange={form.onEmailChange}
            onBlur={form.onEmailBlur}
            error={form.emailError}
            warning={form.emailWarning}
            help={t('sendAgainDialog.emailHelp')}
            required={false}
            autoFocus
          />
          {form.withContact && (
            <>
              <CaptchaField {...form.captchaField} />
              <ConfirmationCheckbox
                label={tCommon('contactEmail.confirm', { customer: name })}
                checked={form.confirmed}
                onChange={form.onConfirmedChange}
                error={form.confirmError}
              />
            </>
          )}
          {formError !== null && (
            <FormErrorAlert
              message={errorMessage(formError)}
              onRetry={isTransientError(formError) ? form.submit : undefined}
              retryDisabled={!form.canSubmit || sending}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={sending}>
            {tCommon('cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={!form.canSubmit} loading={sending}>
            {t('sendAgainDialog.submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
