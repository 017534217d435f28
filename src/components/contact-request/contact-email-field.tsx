import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { FieldBinding } from '../field-binding';

/**
 * The email as useContactRequestForm holds it. Its error is the client's check or the server's
 * invalid_email.
 */
export interface ContactEmailBinding extends FieldBinding<string> {
  onBlur: () => void;
  /** A warning that does not block sending (a free-mail address); null if none. */
  warning: string | null;
}

export interface ContactEmailFieldProps extends ContactEmailBinding {
  /** The help shown while there is neither error nor warning. */
  help: string;
  /** The field must be filled in (a request from a search); Send again may leave it empty. */
  required: boolean;
  autoFocus?: boolean;
}

/** The "Customer contact" field: an email, with its error, its free-mail warning or its help. */
export function ContactEmailField({
  value,
  onChange,
  onBlur,
  error,
  warning,
  help,
  required,
  autoFocus = false,
}: ContactEmailFieldProps) {
  const { t } = useTranslation();
  let helperText: ReactNode = error ?? help;
  if (error === null && warning !== null) {
    helperText = (
      <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'flex-start' }}>
        <WarningAmberIcon fontSize="inherit" color="warning" aria-hidden sx={{ mt: '2px' }} />
        {warning}
      </Box>
    );
  }
  return (
    <TextField
      label={t('contactEmail.label')}
      type="email"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      error={error !== null}
      helperText={helperText}
      required={required}
      autoFocus={autoFocus}
      fullWidth
      size="small"
      autoComplete="email"
      slotProps={{ formHelperText: { role: error === null ? undefined : 'alert' } }}
    />
  );
}
