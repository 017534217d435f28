import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

export interface RetryAlertProps {
  children: ReactNode;
  onRetry: () => void;
  /** For whatever the alert describes (aria-describedby). */
  id?: string;
}

/** A load failure with a Retry button. */
export function RetryAlert({ children, onRetry, id }: RetryAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      id={id}
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('retry')}
        </Button>
      }
    >
      {children}
    </Alert>
  );
}
