import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useAppDispatch } from '../../app/hooks';
import { useErrorMessage } from '../../app/useErrorMessage';
import { useSendConnectionRequest } from '../../app/useSendConnectionRequest';
import { visuallyHidden } from '../../components/visually-hidden';
import type { ConnectionRequest, SortField } from '../../contract';
import { currentLanguage } from '../../i18n';
import { useConnectSuggestions, type BulkConnectResult } from './hooks/useConnectSuggestions';
import { useDebouncedCallback } from './hooks/useDebouncedCallback';
import { useDismissSuggestion } from './hooks/useDismissSuggestion';
import { useFeedback } from './hooks/useFeedback';
import { useRowsView } from './hooks/useRowsView';
import { useSelection } from './hooks/useSelection';
import { useWithdraw } from './hooks/useWithdraw';
import { bulkSummaryHeadline } from './model/bulk-summary';
import type { RequestRowView, SuggestionRowView } from './model/rows';
import { DEFAULT_TABLE_QUERY, FIRST_ORDER, isFiltered } from './model/tableQuery';
import { BulkConnectSummary } from './components/BulkConnectSummary';
import { ConnectionsTable, type ConnectionsTableState } from './components/ConnectionsTable';
import { ConnectionsToolbar } from './components/ConnectionsToolbar';
import { DismissSuggestionDialog } from './components/DismissSuggestionDialog';
import { FeedbackSnackbar } from './components/FeedbackSnackbar';
import { WithdrawDialog } from './components/WithdrawDialog';
import { CustomerAccountsCard } from './CustomerAccountsCard';

// Not part of the first paint: loaded when first opened.
const HistoryPanel = lazy(() =>
  import('./components/HistoryPanel').then((module) => ({ default: module.HistoryPanel })),
);
const SendAgainDialog = lazy(() =>
  import('./SendAgainDialog').then((module) => ({ default: module.SendAgainDialog })),
);

const NAME_FILTER_DELAY_MS = 300;

function renderCustomerCard(request: ConnectionRequest) {
  return (
    <CustomerAccountsCard customerId={request.customerId} customerName={request.customerName} />
  );
}

export interface ConnectionsSectionProps {
  /** Ids of requests answered since the last visit, badged in the table. */
  newIds: ReadonlySet<string>;
}

/**
 * The page's one table with its filters, actions, dialogs and feedback (the page's container):
 * requests and suggestions as rows of one list, paged, sorted and filtered on the server.
 */
export function ConnectionsSection({ newIds }: ConnectionsSectionProps) {
  const { t, i18n } = useTranslation('requests');
  const { t: tSuggestions } = useTranslation('suggestions');
  const language = currentLanguage(i18n);
  const errorMessage = useErrorMessage();
  const dispatch = useAppDispatch();
  const { query, shownQuery, list, change } = useRowsView();
  const data = list.data;
  const { feedback, open: feedbackOpen, announce, close: closeFeedback } = useFeedback();
  const selection = useSelection(data?.rows);
  const { clear: clearSelection, deselect } = selection;
  // A new view shows other rows: what was ticked on the last one is not carried over.
  const changeView = useCallback(
    (next: Parameters<typeof change>[0]) => {
      clearSelection();
      change(next);
    },
    [change, clearSelection],
  );

  // One sender for the whole table (Connect, Connect selected, Send again): a customer's request
  // in flight is sent once, whichever button asked again.
  const { send, sending } = useSendConnectionRequest();
  const { connect: connectSuggestion, connectMany, bulkRunning } = useConnectSuggestions(send);

  // Stable (like every row callback), so the memoised rows skip re-rendering (issue 8).
  const connect = useCallback(
    (row: SuggestionRowView) => {
      const { customerId, customerName } = row;
      connectSuggestion(row.suggestion).then(
        () => {
          deselect([customerId]);
          announce('success', t('actions.sent', { name: customerName }));
        },
        (error: unknown) =>
          announce(
            'error',
            tSuggestions('failed.connect', {
              customer: customerName,
              message: errorMessage(error),
            }),
          ),
      );
    },
    [connectSuggestion, deselect, announce, t, tSuggestions, errorMessage],
  );

  // The bulk summary is announced through a polite live region; the summary itself stays on screen.
  const [summary, setSummary] = useState<BulkConnectResult | null>(null);
  const [bulkMessage, setBulkMessage] = useState('');
  const connectSelected = async () => {
    const suggestions = selection.selectedRows.map(({ suggestion }) => suggestion);
    if (suggestions.length === 0) return;
    setSummary(null);
    setBulkMessage(tSuggestions('announce.bulkStarted', { count: suggestions.length }));
    const result = await connectMany(suggestions);
    if (result === null) return;
    deselect(result.succeeded.map(({ customerId }) => customerId));
    setSummary(result);
    const { sent, failed } = bulkSummaryHeadline(
      tSuggestions,
      result.succeeded.length,
      result.failures.length,
    );
    const failedNames = result.failures.map(({ suggestion }) => suggestion.customerName);
    setBulkMessage([sent, failed, failedNames.join(', ')].filter(Boolean).join(' '));
  };

  const dismissal = useDismissSuggestion({
    onDismissed: ({ customerId, customerName }) => {
      deselect([customerId]);
      announce('success', t('actions.dismissed', { name: customerName }));
    },
    onFailed: ({ customerName }, error) =>
      announce(
        'error',
        tSuggestions('failed.dismiss', { customer: customerName, message: errorMessage(error) }),
      ),
  });

  const reportFailure = (name: string, error: unknown) =>
    announce('error', t('actions.failed', { name, message: errorMessage(error) }));
  const withdrawal = useWithdraw({
    onWithdrawn: ({ customerName }) =>
      announce('success', t('actions.withdrawn', { name: customerName })),
    onFailed: ({ customerName }, error) => reportFailure(customerName, error),
  });

  const [sendAgainFor, setSendAgainFor] = useState<RequestRowView | null>(null);
  const [historyFor, setHistoryFor] = useState<ConnectionRequest | null>(null);
  const showHistory = useCallback((row: RequestRowView) => setHistoryFor(row.request), []);

  const busyCustomerIds = useMemo(() => {
    const busy = new Set(sending);
    if (withdrawal.busyCustomerId !== null) busy.add(withdrawal.busyCustomerId);
    if (dismissal.dismissing && dismissal.target) busy.add(dismissal.target.customerId);
    return busy;
  }, [sending, withdrawal.busyCustomerId, dismissal.dismissing, dismissal.target]);

  const [exporting, setExporting] = useState(false);
  const exportRunning = useRef(false);
  const exportCsv = async () => {
    if (exportRunning.current) return;
    exportRunning.current = true;
    setExporting(true);
    try {
      const { exportView } = await import('./model/exportCsv');
      const count = await exportView(dispatch, query, t, tSuggestions);
      announce('success', t('export.done', { count }));
    } catch (error) {
      announce('error', errorMessage(error));
    } finally {
      exportRunning.current = false;
      setExporting(false);
    }
  };

  const applyName = useDebouncedCallback((q: string) => {
    changeView({ q: q.trim(), page: 1 });
  }, NAME_FILTER_DELAY_MS);

  const onSort = (field: SortField) => {
    if (field === query.sort) {
      changeView({ order: query.order === 'asc' ? 'desc' : 'asc', page: 1 });
    } else changeView({ sort: field, order: FIRST_ORDER[field], page: 1 });
  };

  const state: ConnectionsTableState = data
    ? { kind: 'loaded', data, refreshing: list.isFetching || shownQuery !== query }
    : list.isError
      ? { kind: 'error', message: errorMessage(list.error) }
      : { kind: 'loading' };

  return (
    <section aria-labelledby="requests-heading">
      <Typography id="requests-heading" variant="h5" component="h2" sx={{ mb: 2 }}>
        {t('table.heading')}
      </Typography>
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {bulkMessage}
      </Box>
      <ConnectionsToolbar
        status={query.status}
        q={query.q}
        exporting={exporting}
        selectedCount={selection.selectedRows.length}
        connectingSelected={bulkRunning}
        onStatusChange={(status) => changeView({ status, page: 1 })}
        onNameChange={applyName}
        onConnectSelected={() => void connectSelected()}
        onExport={() => void exportCsv()}
      />
      {summary && (
        <BulkConnectSummary
          succeeded={summary.succeeded.length}
          failures={summary.failures.map(({ suggestion, error }) => ({
            customerId: suggestion.customerId,
            customerName: suggestion.customerName,
            message: errorMessage(error),
          }))}
          onClose={() => setSummary(null)}
        />
      )}
      {list.isError && data && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {t('table.error', { message: errorMessage(list.error) })}
        </Alert>
      )}
      <ConnectionsTable
        state={state}
        labelledBy="requests-heading"
        filtered={isFiltered(query)}
        sort={query.sort}
        order={query.order}
        page={query.page}
        pageSize={query.pageSize}
        language={language}
        newIds={newIds}
        busyCustomerIds={busyCustomerIds}
        selected={selection.selected}
        suggestionsLocked={bulkRunning}
        onSelect={selection.select}
        onSort={onSort}
        onPageChange={(page) => changeView({ page })}
        onPageSizeChange={(pageSize) => changeView({ pageSize, page: 1 })}
        onRetry={() => void list.refetch()}
        onClearFilters={() =>
          changeView({ status: DEFAULT_TABLE_QUERY.status, q: DEFAULT_TABLE_QUERY.q, page: 1 })
        }
        onConnect={connect}
        onDismiss={dismissal.ask}
        onSendAgain={setSendAgainFor}
        onWithdraw={withdrawal.ask}
        onShowHistory={showHistory}
        renderCustomerCard={renderCustomerCard}
      />
      <WithdrawDialog
        customerName={withdrawal.target?.customerName ?? null}
        busy={withdrawal.withdrawing}
        onConfirm={() => void withdrawal.confirm()}
        onCancel={withdrawal.cancel}
      />
      <DismissSuggestionDialog
        open={dismissal.open}
        customerName={dismissal.target?.customerName ?? ''}
        dismissing={dismissal.dismissing}
        onConfirm={() => void dismissal.confirm()}
        onCancel={dismissal.cancel}
        onExited={dismissal.onExited}
      />
      {sendAgainFor && (
        <Suspense fallback={null}>
          <SendAgainDialog
            key={sendAgainFor.key}
            request={sendAgainFor.request}
            attemptsLeft={sendAgainFor.attemptsLeft ?? 0}
            send={send}
            sending={sending.has(sendAgainFor.customerId)}
            onSent={(request) => {
              setSendAgainFor(null);
              announce('success', t('actions.sent', { name: request.customerName }));
            }}
            onClose={() => setSendAgainFor(null)}
          />
        </Suspense>
      )}
      {historyFor && (
        <Suspense fallback={null}>
          <HistoryPanel
            request={historyFor}
            language={language}
            onClose={() => setHistoryFor(null)}
          />
        </Suspense>
      )}
      <FeedbackSnackbar feedback={feedback} open={feedbackOpen} onClose={closeFeedback} />
    </section>
  );
}
