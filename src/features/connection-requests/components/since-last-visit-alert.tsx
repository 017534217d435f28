import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { ConnectionRequest } from '../../../contract';

/** Names listed per outcome before "and N more": the badges in the table show the rest. */
const NAMES_SHOWN = 10;

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

/** A sentence ends with one full stop, also after a name that ends with one ("S.p.A."). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/**
 * "Since your last visit, 2 customers answered. Approved: A. Rejected: B." — each outcome with the
 * names it applies to, none that did not happen (no zero counts).
 */
export function SinceLastVisitAlert({ answered, onClose }: SinceLastVisitAlertProps) {
  const { t, i18n } = useTranslation('requests');
  const { items, total, approved } = answered;
  if (total === 0) return null;
  const list = new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' });
  const outcome = (status: 'approved' | 'rejected', count: number) => {
    if (count === 0) return null;
    const shown = items
      .filter((item) => item.status === status)
      .slice(0, NAMES_SHOWN)
      .map(({ customerName }) => customerName);
    const more = count - shown.length;
    const names = list.format(
      more > 0 ? [...shown, t('sinceLastVisit.others', { count: more })] : shown,
    );
    return sentence(t(`sinceLastVisit.${status}`, { names }));
  };
  return (
    <Alert severity="info" onClose={onClose} sx={{ mb: 2 }}>
      {[
        t('sinceLastVisit.summary', { count: total }),
        outcome('approved', approved),
        outcome('rejected', total - approved),
      ]
        .filter((part) => part !== null)
        .join(' ')}
    </Alert>
  );
}
