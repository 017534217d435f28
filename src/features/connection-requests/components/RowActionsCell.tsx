import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
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
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
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
        <Tooltip title={historyLabel}>
          <IconButton size="small" aria-label={historyLabel} onClick={onShowHistory}>
            <HistoryIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
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
    </Box>
  );
}
