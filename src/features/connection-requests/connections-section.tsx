import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import visuallyHidden from '@mui/utils/visuallyHidden';
import { useTranslation } from 'react-i18next';
import { useAppDispatch } from '../../app/hooks';
import { useErrorMessage } from '../../app/use-error-message';
import { useSendConnectionRequest } from '../../app/use-send-connection-request';
import type { FeedbackAction, FeedbackInput } from '../../components/feedback';
import type { ConnectionRequest, CreateConnectionRequest, SortField } from '../../contract';
import { currentLanguage } from '../../i18n';
import { showRequestInRows } from './api';
import { useConnectSuggestions } from './hooks/use-connect-suggestions';
import { useDebouncedCallback } from './hooks/use-debounced-callback';
import { useHeldDismissals } from './hooks/use-held-dismissals';
import { useRowFocus } from './hooks/use-row-focus';
import { useRowsView } from './hooks/use-rows-view';
import { useSelection } from './hooks/use-selection';
import { useSpotlight, type Spotlight } from './hooks/use-spotlight';
import { useWithdraw } from './hooks/use-withdraw';
import { bulkSummaryHeadline } from './model/bulk-summary';
import type { RequestRowView, RowView, RowsPage, SuggestionRowView } from './model/rows';
import { DEFAULT_TABLE_QUERY, FIRST_ORDER, isFiltered } from './model/table-query';
import { ConnectionsTable, type ConnectionsTableState } from './components/connections-table';
import { ConnectionsToolbar } from './components/connections-toolbar';
import { WithdrawDialog } from './components/withdraw-dialog';
import { CustomerAccountsCard } from './customer-accounts-card';

// Not part of the first paint: loaded when first opened.
const HistoryPanel = lazy(() =>
  import('./components/history-panel').then((module) => ({ default: module.HistoryPanel })),
);
const SendAgainDialog = lazy(() =>
  import('./send-again-dialog').then((module) => ({ default: module.SendAgainDialog })),
);

const NAME_FILTER_DELAY_MS = 300;

function renderCustomerCard(request: ConnectionRequest) {
  return (
    <CustomerAccountsCard customerId={request.customerId} customerName={request.customerName} />
  );
}

/** The rows around a customer's row: where focus goes when its row changes or leaves. */
function neighbours(rows: readonly RowView[] | undefined, customerId: string) {
  const list = rows ?? [];
  const index = list.findIndex((row) => row.customerId === customerId);
  return {
    next: index === -1 ? undefined : list[index + 1]?.customerId,
    previous: index <= 0 ? undefined : list[index - 1]?.customerId,
  };
}

export interface ConnectionsSectionProps {
  /** The signed-in supplier: dismissals held for Undo are kept per supplier across visits. */
  supplierId: string;
  /** Ids of requests answered since the last visit, badged in the table. */
  newIds: ReadonlySet<string>;
  /** The page's one feedback (useActionFeedback): where every action's outcome is said. */
  announce: (input: FeedbackInput) => number;
  closeFeedback: (id: number) => void;
  /** The rows Show last asked for. */
  spotlight: Spotlight | null;
  /** Show on a success: brings these customers' rows into view. */
  onShow: (customerIds: readonly string[], customerName: string) => void;
  /** The toolbar's way to the search dialog (the search feature's own button). */
  searchButton?: ReactNode;
}

/**
 * The page's one table with its filters, actions, dialogs and focus (the page's container):
 * requests and suggestions as rows of one list, paged, sorted and filtered on the server.
 */
export function ConnectionsSection({
  supplierId,
  newIds,
  announce,
  closeFeedback,
  spotlight,
  onShow,
  searchButton,
}: ConnectionsSectionProps) {
  const { t, i18n } = useTranslation('requests');
  const { t: tSuggestions } = useTranslation('suggestions');
  const language = currentLanguage(i18n);
  const errorMessage = useErrorMessage();
  const dispatch = useAppDispatch();
  const theme = useTheme();
  // Below 900 px the table's seven columns no longer fit: a card per row instead.
  const narrow = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const spoken = useRef<HTMLDivElement>(null);
  const { focusRows, holdFocus } = useRowFocus(section, heading);
  const { query, list, change } = useRowsView();

  const undoMessage = useRef<number | null>(null);
  const { hidden, hold } = useHeldDismissals({
    storageKey: `cr.heldDismissals.${supplierId}`,
    onFailed: useCallback(
      ({ customerName }: SuggestionRowView, error: unknown) => {
        announce({
          severity: 'error',
          text: tSuggestions('failed.dismiss', {
            customer: customerName,
            message: errorMessage(error),
          }),
        });
      },
      [announce, tSuggestions, errorMessage],
    ),
    onSentEarly: useCallback(() => {
      if (undoMessage.current !== null) closeFeedback(undoMessage.current);
    }, [closeFeedback]),
  });
  // Dismissals held back for Undo (and done ones, until the list no longer has them) are gone.
  const data = useMemo((): RowsPage | undefined => {
    const page = list.data;
    if (page === undefined || hidden.size === 0) return page;
    return { ...page, rows: page.rows.filter(({ customerId }) => !hidden.has(customerId)) };
  }, [list.data, hidden]);
  // The rows as an action found them, for its neighbours; a ref keeps the row callbacks stable.
  const rowsNow = useRef(data?.rows);
  useEffect(() => {
    rowsNow.current = data?.rows;
  }, [data]);

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

  const showAction = useCallback(
    (customerIds: readonly string[], name: string): FeedbackAction => ({
      label: t('actions.show'),
      accessibleName: t('actions.showLabel', { name }),
      onClick: () => onShow(customerIds, name),
    }),
    [t, onShow],
  );

  const say = useCallback(
    (found: boolean, name: string) => {
      if (spoken.current === null) return;
      spoken.current.textContent = found
        ? t('actions.shown', { name })
        : t('actions.notShown', { name });
    },
    [t],
  );
  const settled = data !== undefined && !list.isFetching;
  const highlighted = useSpotlight({
    spotlight,
    container: section,
    settled,
    rows: data?.rows,
    query,
    change: changeView,
    say,
  });

  // One sender for the whole table (Connect, Connect selected, Send again): a customer's request
  // in flight is sent once, whichever button asked again. A sent request updates its row from the
  // server's answer at once, even if the refresh that follows fails.
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
          announce({
            severity: 'error',
            text: tSuggestions('failed.connect', { customer: name, message: errorMessage(error) }),
          });
        },
      );
    },
    [
      connectSuggestion,
      holdFocus,
      deselect,
      focusRows,
      announce,
      t,
      tSuggestions,
      showAction,
      errorMessage,
    ],
  );

  const connectSelected = async () => {
    const suggestions = selection.selectedRows.map(({ suggestion }) => suggestion);
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
    [hold, deselect, focusRows, announce, t],
  );

  const withdrawal = useWithdraw({
    onWithdrawn: ({ customerId, customerName: name }, request) => {
      dispatch(showRequestInRows(request));
      focusRows([customerId]);
      announce({
        severity: 'success',
        text: t('actions.withdrawn', { name }),
        action: showAction([customerId], name),
      });
    },
    onFailed: ({ customerId, customerName: name }, error) => {
      focusRows([customerId]);
      announce({
        severity: 'error',
        text: t('actions.withdrawFailed', { name, message: errorMessage(error) }),
      });
    },
  });

  const [sendAgainFor, setSendAgainFor] = useState<RequestRowView | null>(null);
  const [historyFor, setHistoryFor] = useState<ConnectionRequest | null>(null);
  const showHistory = useCallback((row: RequestRowView) => setHistoryFor(row.request), []);

  const busyCustomerIds = useMemo(() => {
    const busy = new Set(sending);
    if (withdrawal.busyCustomerId !== null) busy.add(withdrawal.busyCustomerId);
    return busy;
  }, [sending, withdrawal.busyCustomerId]);

  const [exporting, setExporting] = useState(false);
  const exportRunning = useRef(false);
  const exportCsv = async () => {
    if (exportRunning.current) return;
    exportRunning.current = true;
    setExporting(true);
    try {
      const { exportView } = await import('./model/export-csv');
      const count = await exportView(dispatch, query, t, tSuggestions);
      announce({ severity: 'success', text: t('export.done', { count }) });
    } catch (error) {
      announce({
        severity: 'error',
        text: t('export.failed', { message: errorMessage(error) }),
      });
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
    ? {
        kind: 'loaded',
        data,
        refreshing: list.isFetching,
        // The rows are kept after a failed refresh, marked as possibly out of date.
        ...(list.isError ? { staleMessage: errorMessage(list.error) } : {}),
      }
    : list.isError
      ? { kind: 'error', message: errorMessage(list.error) }
      : { kind: 'loading' };

  return (
    <section ref={section} aria-labelledby="requests-heading">
      <Typography
        ref={heading}
        id="requests-heading"
        variant="h5"
        component="h2"
        tabIndex={-1}
        sx={{ mb: 2 }}
      >
        {t('table.heading')}
      </Typography>
      <Box ref={spoken} role="status" sx={visuallyHidden} />
      <ConnectionsToolbar
        status={query.status}
        q={query.q}
        exporting={exporting}
        canExport={data !== undefined && data.total > 0}
        selectedCount={selection.selectedRows.length}
        connectingSelected={bulkRunning}
        searchButton={searchButton}
        onStatusChange={(status) => changeView({ status, page: 1 })}
        onNameChange={applyName}
        onConnectSelected={() => void connectSelected()}
        onExport={() => void exportCsv()}
      />
      <ConnectionsTable
        state={state}
        layout={narrow ? 'cards' : 'table'}
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
        highlighted={highlighted}
        suggestionsLocked={bulkRunning}
        onSelect={selection.select}
        onSort={onSort}
        onSortChange={(sort, order) => changeView({ sort, order, page: 1 })}
        onPageChange={(page) => changeView({ page })}
        onPageSizeChange={(pageSize) => changeView({ pageSize, page: 1 })}
        onRetry={() => void list.refetch()}
        onClearFilters={() =>
          changeView({ status: DEFAULT_TABLE_QUERY.status, q: DEFAULT_TABLE_QUERY.q, page: 1 })
        }
        onConnect={connect}
        onDismiss={dismiss}
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
              focusRows([request.customerId]);
              announce({
                severity: 'success',
                text: t('actions.sent', { name: request.customerName }),
                action: showAction([request.customerId], request.customerName),
              });
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
    </section>
  );
}
