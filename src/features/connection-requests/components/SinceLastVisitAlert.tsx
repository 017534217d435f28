import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { ConnectionRequest } from '../../../contract';

/** Names listed before "and N more": the alert sums up, the badges in the table show the rest. */
export const NAMES_SHOWN = 10;

export interface SinceLastVisitAlertProps {
  answered: {
    /** Requests answered (approved or rejected) since the last visit. */
    items: readonly ConnectionRequest[];
    /** How many were answered in all (items may hold fewer). */
    total: number;
    approved: number;
  };
  onClose: () => void;
}

/** "2 customers answered since your last visit: 1 approved, 1 rejected" plus their names. */
export function SinceLastVisitAlert({ answered, onClose }: SinceLastVisitAlertProps) {
  const { t, i18n } = useTranslation('requests');
  const { items, total, approved } = answered;
  if (total === 0) return null;
  const shown = items.slice(0, NAMES_SHOWN).map(({ customerName }) => customerName);
  const more = total - shown.length;
  const names = new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' }).format(
    more > 0 ? [...shown, t('sinceLastVisit.others', { count: more })] : shown,
  );
  return (
    <Alert severity="info" onClose={onClose} sx={{ mb: 2 }}>
      {t('sinceLastVisit.summary', { count: total, approved, rejected: total - approved })}{' '}
      {t('sinceLastVisit.names', { names })}
    </Alert>
  );
}
