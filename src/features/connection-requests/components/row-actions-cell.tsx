import Button from '@mui/material/Button';
import HistoryIcon from '@mui/icons-material/History';
import type { RowAction } from '../model/request-row-facts';
import { ACTIONS_ATTRIBUTE, rowClass } from './row-look';
import { useRowTexts } from './row-texts';

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

interface ActionButton {
  label: string;
  accessibleName: string;
  variant: 'contained' | 'outlined';
  /** Inherit: the text colour, which keeps its contrast on a selected (tinted) row. */
  color: 'primary' | 'inherit';
  onClick: () => void;
}

/**
 * The Actions column: what the row offers (or why nothing), attempts left and history. Its
 * layout is the table's or the card list's (rowParts), not styled here: it renders in every row.
 */
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
  const rowTexts = useRowTexts();
  const texts = rowTexts.action;
  const buttons: ActionButton[] = [];
  if (action.kind === 'connectOrDismiss') {
    buttons.push(
      {
        label: texts.connect,
        accessibleName: texts.connectLabel(customerName),
        variant: 'contained',
        color: 'primary',
        onClick: onConnect,
      },
      {
        label: texts.dismiss,
        accessibleName: texts.dismissLabel(customerName),
        variant: 'outlined',
        color: 'inherit',
        onClick: onDismiss,
      },
    );
  } else if (action.kind === 'sendAgain') {
    buttons.push({
      label: texts.sendAgain,
      accessibleName: texts.sendAgainLabel(customerName),
      variant: 'contained',
      color: 'primary',
      onClick: onSendAgain,
    });
  } else if (action.kind === 'withdraw') {
    buttons.push({
      label: texts.withdraw,
      accessibleName: texts.withdrawLabel(customerName),
      variant: 'outlined',
      color: 'primary',
      onClick: onWithdraw,
    });
  }
  const hint =
    action.kind === 'askForInvitation'
      ? texts.askForInvitation
      : action.kind === 'noAttemptsLeft'
        ? texts.noAttemptsLeft
        : null;
  return (
    <div className={rowClass.actions} {...{ [ACTIONS_ATTRIBUTE]: '' }}>
      <div className={rowClass.buttons}>
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
            with a tooltip: clearer, and no tooltip machinery in every row. */}
        {action.kind !== 'connectOrDismiss' && (
          <Button
            size="small"
            startIcon={<HistoryIcon fontSize="small" />}
            aria-label={texts.historyLabel(customerName)}
            onClick={onShowHistory}
          >
            {texts.history}
          </Button>
        )}
      </div>
      {hint !== null && <p className={rowClass.hint}>{hint}</p>}
      {attemptsLeft !== null && (
        <span className={rowClass.note}>{rowTexts.attemptsLeft(attemptsLeft)}</span>
      )}
    </div>
  );
}
