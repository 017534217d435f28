import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import HistoryIcon from '@mui/icons-material/History';
import { useTranslation } from 'react-i18next';
import type { RowAction } from '../model/rowActions';

export interface RowActionsCellProps {
  customerName: string;
  action: RowAction;
  /** Null where a count would mislead (approved, rejected). */
  attemptsLeft: number | null;
  /** An action for this row is running: its button is disabled. */
  busy: boolean;
  onConnect: () => void;
  onWithdraw: () => void;
  onShowHistory: () => void;
}

// Rendered in every row of every page change: static styled containers, not per-render `sx`
// (issue 8).
const Column = styled('div')(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  gap: theme.spacing(0.5),
}));
const Line = styled('div')(({ theme }) => ({
  display: 'flex',
  alignItems: 'center',
  gap: theme.spacing(0.5),
}));

/** The Actions column: the row's one action (or why there is none), attempts left and history. */
export function RowActionsCell({
  customerName,
  action,
  attemptsLeft,
  busy,
  onConnect,
  onWithdraw,
  onShowHistory,
}: RowActionsCellProps) {
  const { t } = useTranslation('requests');
  const historyLabel = t('actions.historyLabel', { name: customerName });
  const button =
    action.kind === 'withdraw'
      ? {
          label: t('actions.withdraw'),
          accessibleName: t('actions.withdrawLabel', { name: customerName }),
          variant: 'outlined' as const,
          onClick: onWithdraw,
        }
      : action.kind === 'connect'
        ? {
            label: t('actions.connect'),
            accessibleName: t('actions.connectLabel', { name: customerName }),
            variant: 'contained' as const,
            onClick: onConnect,
          }
        : null;
  const hint =
    action.kind === 'askForInvitation'
      ? t('actions.askForInvitation')
      : action.kind === 'noAttemptsLeft'
        ? t('actions.noAttemptsLeft')
        : null;
  return (
    <Column>
      <Line>
        {button && (
          <Button
            size="small"
            variant={button.variant}
            disabled={busy}
            onClick={button.onClick}
            aria-label={button.accessibleName}
          >
            {button.label}
          </Button>
        )}
        {/* A visible label rather than an icon with a tooltip: clearer, and no tooltip machinery
            mounted in every row of every page (issue 8). The accessible name adds the customer. */}
        <Button
          size="small"
          startIcon={<HistoryIcon fontSize="small" />}
          aria-label={historyLabel}
          onClick={onShowHistory}
        >
          {t('actions.history')}
        </Button>
      </Line>
      {hint !== null && (
        <Typography variant="body2" color="text.secondary">
          {hint}
        </Typography>
      )}
      {attemptsLeft !== null && (
        <Typography variant="caption" color="text.secondary">
          {t('row.attemptsLeft', { count: attemptsLeft })}
        </Typography>
      )}
    </Column>
  );
}
