import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import HistoryIcon from '@mui/icons-material/History';
import { useTranslation } from 'react-i18next';
import type { RowAction } from '../model/request-row-facts';
import { ACTIONS_ATTRIBUTE } from './row-look';

export interface RowActionsCellProps {
  customerName: string;
  action: RowAction;
  /** Null where a count would mislead (approved, rejected) or nothing was sent (a suggestion). */
  attemptsLeft: number | null;
  /** An action for this row is running: its buttons are disabled. */
  busy: boolean;
  /** A suggestion's Connect: sends a request at once (R7). */
  onConnect: () => void;
  /** A suggestion's Not my customer: asks, then dismisses it for good. */
  onDismiss: () => void;
  /** An expired or withdrawn request's Send again: opens the short form. */
  onSendAgain: () => void;
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
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: theme.spacing(0.5),
  // A button's label on one line: the buttons wrap as a whole, never their words.
  '& .MuiButton-root': { whiteSpace: 'nowrap' },
}));

interface ActionButton {
  label: string;
  accessibleName: string;
  variant: 'contained' | 'outlined';
  /** Inherit: the text colour, which keeps its contrast on a selected (tinted) row. */
  color: 'primary' | 'inherit';
  onClick: () => void;
}

/** The Actions column: what the row offers (or why nothing), attempts left and history. */
export function RowActionsCell({
  customerName,
  action,
  attemptsLeft,
  busy,
  onConnect,
  onDismiss,
  onSendAgain,
  onWithdraw,
  onShowHistory,
}: RowActionsCellProps) {
  const { t } = useTranslation('requests');
  const name = { name: customerName };
  const buttons: ActionButton[] = [];
  if (action.kind === 'connectOrDismiss') {
    buttons.push(
      {
        label: t('actions.connect'),
        accessibleName: t('actions.connectLabel', name),
        variant: 'contained',
        color: 'primary',
        onClick: onConnect,
      },
      {
        label: t('actions.dismiss'),
        accessibleName: t('actions.dismissLabel', name),
        variant: 'outlined',
        color: 'inherit',
        onClick: onDismiss,
      },
    );
  } else if (action.kind === 'sendAgain') {
    buttons.push({
      label: t('actions.sendAgain'),
      accessibleName: t('actions.sendAgainLabel', name),
      variant: 'contained',
      color: 'primary',
      onClick: onSendAgain,
    });
  } else if (action.kind === 'withdraw') {
    buttons.push({
      label: t('actions.withdraw'),
      accessibleName: t('actions.withdrawLabel', name),
      variant: 'outlined',
      color: 'primary',
      onClick: onWithdraw,
    });
  }
  const hint =
    action.kind === 'askForInvitation'
      ? t('actions.askForInvitation')
      : action.kind === 'noAttemptsLeft'
        ? t('actions.noAttemptsLeft')
        : null;
  return (
    <Column {...{ [ACTIONS_ATTRIBUTE]: '' }}>
      <Line>
        {buttons.map((button) => (
          <Button
            key={button.label}
            size="small"
            variant={button.variant}
            color={button.color}
            disabled={busy}
            onClick={button.onClick}
            aria-label={button.accessibleName}
          >
            {button.label}
          </Button>
        ))}
        {/* A suggestion has no requests yet, so no history. A visible label rather than an icon
            with a tooltip: clearer, and no tooltip machinery in every row (issue 8). */}
        {action.kind !== 'connectOrDismiss' && (
          <Button
            size="small"
            startIcon={<HistoryIcon fontSize="small" />}
            aria-label={t('actions.historyLabel', name)}
            onClick={onShowHistory}
          >
            {t('actions.history')}
          </Button>
        )}
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
