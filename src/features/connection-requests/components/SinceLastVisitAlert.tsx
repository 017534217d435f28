import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { ConnectionRequest } from '../../../contract';

export interface SinceLastVisitAlertProps {
  /** Requests answered (approved or rejected) since the last visit. */
  answered: readonly ConnectionRequest[];
  onClose: () => void;
}

/** "2 customers answered since your last visit: 1 approved, 1 rejected" plus their names. */
export function SinceLastVisitAlert({ answered, onClose }: SinceLastVisitAlertProps) {
  const { t, i18n } = useTranslation('requests');
  if (answered.length === 0) return null;
  const approved = answered.filter(({ status }) => status === 'approved').length;
  const names = new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' }).format(
    answered.map(({ customerName }) => customerName),
  );
  return (
    <Alert severity="info" onClose={onClose} sx={{ mb: 2 }}>
      {t('sinceLastVisit.summary', {
        count: answered.length,
        approved,
        rejected: answered.length - approved,
      })}{' '}
      {t('sinceLastVisit.names', { names })}
    </Alert>
  );
}
