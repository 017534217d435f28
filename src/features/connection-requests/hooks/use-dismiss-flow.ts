import { useCallback, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowView, SuggestionRowView } from '../model/rows';
import { useHeldDismissals } from './use-held-dismissals';
import { neighbours, useFailedText, type RowFlowOptions } from './row-flow';

export interface DismissFlowOptions extends Omit<RowFlowOptions, 'showAction'> {
  /** The signed-in supplier: dismissals held for Undo are kept per supplier across visits. */
  supplierId: string;
  closeFeedback: (id: number) => void;
  /** The rows as the user last saw them, for the dismissed row's neighbours. */
  rowsNow: RefObject<readonly RowView[] | undefined>;
  /** Unticks the dismissed row, so an Undo does not bring it back selected. */
  deselect: (customerIds: readonly string[]) => void;
}

/**
 * Dismiss with Undo: the row goes at once and the dismissal is held while its message offers
 * Undo; it is sent when the message leaves (or the page goes). A refusal brings the row back.
 */
export function useDismissFlow({
  supplierId,
  announce,
  closeFeedback,
  focusRows,
  rowsNow,
  deselect,
}: DismissFlowOptions) {
  const { t } = useTranslation('requests');
  const failedText = useFailedText();
  const undoMessage = useRef<number | null>(null);

  const { hidden, hold } = useHeldDismissals({
    storageKey: `cr.heldDismissals.${supplierId}`,
    onFailed: useCallback(
      ({ customerName }: SuggestionRowView, error: unknown) => {
        announce({ severity: 'error', text: failedText('dismiss', customerName, error) });
      },
      [announce, failedText],
    ),
    onSentEarly: useCallback(() => {
      if (undoMessage.current !== null) closeFeedback(undoMessage.current);
    }, [closeFeedback]),
  });

  // Stable (like every row callback), so the memoised rows skip re-rendering.
  const dismiss = useCallback(
    (row: SuggestionRowView) => {
      const { customerId, customerName: name } = row;
      const { next, previous } = neighbours(rowsNow.current, customerId);
      const held = hold(row);
      deselect([customerId]);
      focusRows([next, previous]);
      undoMessage.current = announce({
        severity: 'success',
        text: t('actions.dismissed', { name }),
        action: {
          label: t('actions.undo'),
          accessibleName: t('actions.undoLabel', { name }),
          onClick: () => {
            if (!held.undo()) return;
            focusRows([customerId]);
            announce({ severity: 'success', text: t('actions.restored', { name }) });
          },
        },
        // Undo is offered while the message is on screen; the dismissal is sent when it goes.
        onLeave: held.send,
      });
    },
    [hold, deselect, focusRows, announce, t, rowsNow],
  );

  return { hidden, dismiss };
}
