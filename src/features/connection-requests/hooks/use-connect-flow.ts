import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppDispatch } from '../../../app/hooks';
import { useErrorMessage } from '../../../app/use-error-message';
import { useSendConnectionRequest } from '../../../app/use-send-connection-request';
import type { CreateConnectionRequest } from '../../../contract';
import { showRequestInRows } from '../api';
import { bulkSummaryHeadline } from '../model/bulk-summary';
import type { RowView, SuggestionRowView } from '../model/rows';
import { neighbours, useFailedText, type RowFlowOptions } from './row-flow';
import { useConnectSuggestions } from './use-connect-suggestions';

export interface ConnectFlowOptions extends RowFlowOptions {
  /** The rows as the user last saw them, for the connected row's neighbours. */
  rowsNow: RefObject<readonly RowView[] | undefined>;
  /** Keeps focus on a row while its buttons are disabled (useRowFocus). */
  holdFocus: (customerId: string) => void;
  /** The suggestions ticked for Connect selected. */
  selectedRows: readonly SuggestionRowView[];
  /** Unticks the rows that were sent. */
  deselect: (customerIds: readonly string[]) => void;
}

/**
 * Connect, Connect selected and the sender Send again uses: one for the whole table, so a
 * customer's request in flight is sent once, whichever button asked again. A sent request
 * updates its row from the server's answer at once, even if the refresh that follows fails.
 */
export function useConnectFlow({
  announce,
  showAction,
  focusRows,
  rowsNow,
  holdFocus,
  selectedRows,
  deselect,
}: ConnectFlowOptions) {
  const { t } = useTranslation('requests');
  const { t: tSuggestions } = useTranslation('suggestions');
  const errorMessage = useErrorMessage();
  const failedText = useFailedText();
  const dispatch = useAppDispatch();

  const { send: sendOnce, sending } = useSendConnectionRequest();
  const send = useCallback(
    (body: CreateConnectionRequest) =>
      sendOnce(body).then((request) => {
        dispatch(showRequestInRows(request));
        return request;
      }),
    [sendOnce, dispatch],
  );
  const { connect: connectSuggestion, connectMany, bulkRunning } = useConnectSuggestions(send);

  // Stable (like every row callback), so the memoised rows skip re-rendering.
  const connect = useCallback(
    (row: SuggestionRowView) => {
      const { customerId, customerName: name } = row;
      const { next } = neighbours(rowsNow.current, customerId);
      holdFocus(customerId);
      connectSuggestion(row.suggestion).then(
        () => {
          deselect([customerId]);
          focusRows([next, customerId]);
          announce({
            severity: 'success',
            text: t('actions.sent', { name }),
            action: showAction([customerId], name),
          });
        },
        (error: unknown) => {
          focusRows([customerId]);
          announce({ severity: 'error', text: failedText('connect', name, error) });
        },
      );
    },
    [
      rowsNow,
      connectSuggestion,
      holdFocus,
      deselect,
      focusRows,
      announce,
      t,
      showAction,
      failedText,
    ],
  );

  const connectSelected = async () => {
    const suggestions = selectedRows.map(({ suggestion }) => suggestion);
    if (suggestions.length === 0) return;
    const result = await connectMany(suggestions);
    if (result === null) return;
    const sentIds = result.succeeded.map(({ suggestion }) => suggestion.customerId);
    deselect(sentIds);
    const { sent, failed } = bulkSummaryHeadline(
      tSuggestions,
      result.succeeded.length,
      result.failures.length,
    );
    const first = result.succeeded[0]?.suggestion;
    const show = first === undefined ? undefined : showAction(sentIds, first.customerName);
    if (failed === null) {
      announce({ severity: 'success', text: sent, action: show });
    } else {
      announce({
        severity: 'error',
        text: `${sent} ${failed}`,
        details: result.failures.map(({ suggestion, error }) =>
          tSuggestions('summary.failure', {
            customer: suggestion.customerName,
            message: errorMessage(error),
          }),
        ),
        action: show,
      });
    }
    // The failed ones stay ticked, ready to try again: focus goes to the first of them.
    const firstFailed = result.failures[0]?.suggestion.customerId;
    focusRows([firstFailed, ...sentIds]);
  };

  return { send, sending, connect, connectSelected, bulkRunning };
}
