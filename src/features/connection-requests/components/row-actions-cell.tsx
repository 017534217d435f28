import type { RowAction } from '../model/request-row-facts';
import { controlClass, iconClass } from './row-controls-look';
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
  /** The button's classes (rowControls): contained or outlined, primary or the text colour. */
  look: string;
  onClick: () => void;
}

const { button, contained, outlined, text, inherit } = controlClass;
const CONTAINED = `${button} ${contained}`;
const OUTLINED = `${button} ${outlined}`;
const OUTLINED_INHERIT = `${OUTLINED} ${inherit}`;
const HISTORY = `${button} ${text} ${controlClass.icon} ${iconClass('history')}`;

/**
 * The Actions column: what the row offers (or why nothing), attempts left and history. Its
 * layout is the table's or the card list's (rowParts), not styled here: it renders in every row. Its buttons are plain `button`s with MUI's small
 * Button look (rowControls).
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
        look: CONTAINED,
        onClick: onConnect,
      },
      {
        label: texts.dismiss,
        accessibleName: texts.dismissLabel(customerName),
        look: OUTLINED_INHERIT,
        onClick: onDismiss,
      },
    );
  } else if (action.kind === 'sendAgain') {
    buttons.push({
      label: texts.sendAgain,
      accessibleName: texts.sendAgainLabel(customerName),
      look: CONTAINED,
      onClick: onSendAgain,
    });
  } else if (action.kind === 'withdraw') {
    buttons.push({
      label: texts.withdraw,
      accessibleName: texts.withdrawLabel(customerName),
      look: OUTLINED,
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
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          className={button.look}
          disabled={busy}
          onClick={button.onClick}
          aria-label={button.accessibleName}
        >
          {button.label}
        </button>
      ))}
      {/* A suggestion has no requests yet, so no history. A visible label rather than an icon
            with a tooltip: clearer, and no tooltip machinery in every row. */}
      {action.kind !== 'connectOrDismiss' && (
        <button
          type="button"
          className={HISTORY}
          aria-label={texts.historyLabel(customerName)}
          onClick={onShowHistory}
        >
          {texts.history}
        </button>
      )}
      {hint !== null && <p className={rowClass.hint}>{hint}</p>}
      {attemptsLeft !== null && (
        <span className={rowClass.note}>{rowTexts.attemptsLeft(attemptsLeft)}</span>
      )}
    </div>
  );
}
