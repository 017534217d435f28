import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../app/use-error-message';
import type { FeedbackAction, FeedbackInput } from '../../../components/feedback';
import type { RowView } from '../model/rows';

/** What every row action's flow tells the user with, and where it puts focus afterwards. */
export interface RowFlowOptions {
  /** The page's one feedback (useActionFeedback): where every action's outcome is said. */
  announce: (input: FeedbackInput) => number;
  /** Show on a success: the way from the message to these customers' rows. */
  showAction: (customerIds: readonly string[], customerName: string) => FeedbackAction;
  /** Moves focus to the first of these rows still on screen (useRowFocus). */
  focusRows: (customerIds: readonly (string | undefined)[]) => void;
}

/** The Show button of a success message: brings these customers' rows into view. */
export function useShowAction(
  onShow: (customerIds: readonly string[], customerName: string) => void,
): RowFlowOptions['showAction'] {
  const { t } = useTranslation('requests');
  return useCallback(
    (customerIds, name) => ({
      label: t('actions.show'),
      accessibleName: t('actions.showLabel', { name }),
      onClick: () => onShow(customerIds, name),
    }),
    [t, onShow],
  );
}

/** What a suggestion's Connect or Dismiss says when it failed: the customer and the reason. */
export function useFailedText() {
  const { t } = useTranslation('suggestions');
  const errorMessage = useErrorMessage();
  return useCallback(
    (action: 'connect' | 'dismiss', customer: string, error: unknown) =>
      t(`failed.${action}`, { customer, message: errorMessage(error) }),
    [t, errorMessage],
  );
}

/** The rows around a customer's row: where focus goes when its row changes or leaves. */
export function neighbours(rows: readonly RowView[] | undefined, customerId: string) {
  const list = rows ?? [];
  const index = list.findIndex((row) => row.customerId === customerId);
  return {
    next: index === -1 ? undefined : list[index + 1]?.customerId,
    previous: index <= 0 ? undefined : list[index - 1]?.customerId,
  };
}
