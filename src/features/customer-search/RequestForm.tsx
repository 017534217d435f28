import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';

export interface RequestFormProps {
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
  /** Errors that belong to no single field (409s, 503 with Retry), rendered above the button. */
  alert?: ReactNode;
}

/** The second step of the dialog: contact email, reCAPTCHA, confirmation and Request. */
export function RequestForm({
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
}: RequestFormProps) {
  const { t } = useTranslation('search');
  const confirmErrorId = useId();
  const helperText =
    emailError ??
    (emailWarning === null ? (
      t('request.email.help')
    ) : (
      <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'flex-start' }}>
        <WarningAmberIcon fontSize="inherit" color="warning" aria-hidden sx={{ mt: '2px' }} />
        {emailWarning}
      </Box>
    ));
  return (
    <Box
      component="form"
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
      <TextField
        label={t('request.email.label')}
        type="email"
        value={email}
        onChange={(event) => onEmailChange(event.target.value)}
        onBlur={onEmailBlur}
        error={emailError !== null}
        helperText={helperText}
        required
        fullWidth
        size="small"
        autoComplete="email"
        slotProps={{ formHelperText: { role: emailError === null ? undefined : 'alert' } }}
      />
      {captcha}
      <FormControl error={confirmError !== null}>
        <FormControlLabel
          control={
            <Checkbox
              checked={confirmed}
              onChange={(event) => onConfirmedChange(event.target.checked)}
              slotProps={{
                input:
                  confirmError === null
                    ? {}
                    : { 'aria-invalid': true, 'aria-describedby': confirmErrorId },
              }}
            />
          }
          label={t('request.confirm', { customer: customerName })}
        />
        {confirmError !== null && (
          <FormHelperText id={confirmErrorId} role="alert">
            {confirmError}
          </FormHelperText>
        )}
      </FormControl>
      {alert}
      <Box>
        <Button type="submit" variant="contained" disabled={!canSubmit} loading={sending}>
          {t('request.submit')}
        </Button>
      </Box>
    </Box>
  );
}
