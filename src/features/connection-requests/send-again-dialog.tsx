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
import {
  useContactRequestForm,
  type ContactRequestSender,
} from '../../app/use-contact-request-form';
import { useErrorMessage } from '../../app/use-error-message';
import { CaptchaField } from '../../components/captcha';
import {
  ConfirmationCheckbox,
  ContactEmailField,
  FormErrorAlert,
} from '../../components/contact-request';
import type { ConnectionRequest } from '../../contract';

/** Sends with the table's sender: one for all rows, so a customer's request is sent once. */
export interface SendAgainDialogProps extends ContactRequestSender {
  /** The customer's latest request: expired or withdrawn, with attempts left. */
  request: ConnectionRequest;
  attemptsLeft: number;
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
  onClose,
  ...sender
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
    ...sender,
  });
  const { formError } = form;
  const { sending } = sender;

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
          form.submit();
        }}
      >
        <DialogTitle id={titleId}>{t('sendAgainDialog.title', { name })}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <DialogContentText id={bodyId}>
            {t('sendAgainDialog.body', { name, count: attemptsLeft })}
          </DialogContentText>
          <ContactEmailField
            {...form.emailField}
            help={t('sendAgainDialog.emailHelp')}
            required={false}
            autoFocus
          />
          {form.withContact && (
            <>
              <CaptchaField {...form.captchaField} />
              <ConfirmationCheckbox
                {...form.confirmation}
                label={tCommon('contactEmail.confirm', { customer: name })}
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
