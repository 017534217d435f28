import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

export interface FormErrorAlertProps {
  message: string;
  /** Offered for a transient failure (no answer, service unavailable): send the same again. */
  onRetry?: () => void;
  retryDisabled?: boolean;
}

/** An error about the whole form, not one field (a conflict, the service unavailable). */
export function FormErrorAlert({ message, onRetry, retryDisabled = false }: FormErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      action={
        onRetry === undefined ? undefined : (
          <Button color="inherit" size="small" onClick={onRetry} disabled={retryDisabled}>
            {t('retry')}
          </Button>
        )
      }
    >
      {message}
    </Alert>
  );
}
