import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { markFirstDataShown } from '../../app/deferred';
import { useAppDispatch } from '../../app/hooks';
import { useErrorMessage } from '../../app/useErrorMessage';
import type { ConnectionRequest, SortField } from '../../contract';
import { currentLanguage } from '../../i18n';
import {
  requestsApi,
  useListConnectionRequestsQuery,
  useWithdrawConnectionRequestMutation,
} from './api';
import { useSendConnectionRequest } from './useSendConnectionRequest';
import { useTableQuery } from './hooks/useTableQuery';
import { useDebouncedCallback } from './hooks/useDebouncedCallback';
import {
  FIRST_ORDER,
  isFiltered,
  toListArgs,
  DEFAULT_TABLE_QUERY,
  type TableQuery,
} from './model/tableQuery';
import { RequestsTable, type RequestsTableState } from './components/RequestsTable';
import { RequestsToolbar } from './components/RequestsToolbar';
import { WithdrawDialog } from './components/WithdrawDialog';
import { CustomerAccountsCard } from './CustomerAccountsCard';

// Not part of the first paint: loaded when a history is first opened.
const HistoryPanel = lazy(() =>
  import('./components/HistoryPanel').then((module) => ({ default: module.HistoryPanel })),
);

const NAME_FILTER_DELAY_MS = 300;

function renderCustomerCard(request: ConnectionRequest) {
  return (
    <CustomerAccountsCard customerId={request.customerId} customerName={request.customerName} />
  );
}

interface Feedback {
  key: number;
  severity: 'success' | 'error';
  message: string;
}

export interface RequestsSectionProps {
  /** Ids of requests answered since the last visit, badged in the table. */
  newIds: ReadonlySet<string>;
}

/** The requests table with its filters, actions, dialogs and feedback (the page's container). */
export function RequestsSection({ newIds }: RequestsSectionProps) {
  const { t, i18n } = useTranslation('requests');
  const language = currentLanguage(i18n);
  const errorMessage = useErrorMessage();
  const dispatch = useAppDispatch();
  const { query, update } = useTableQuery();
  // The rows follow the view one render later: the input's own render (sort arrow, page number,
  // busy bar) paints at once, and 25 new rows — from the cache or the server — render in an
  // interruptible pass after it (issue 8).
  const shownQuery = useDeferredValue(query);
  const list = useListConnectionRequestsQuery(toListArgs(shownQuery));
  const prefetchList = requestsApi.usePrefetch('listConnectionRequests');
  // A user's change of view: its rows are requested in the input's own event (the render the URL
  // change schedules comes after it), so the mock or the network works meanwhile (issue 8).
  const change = useCallback(
    (next: Partial<TableQuery>) => {
      const view = update(next);
      if (view !== null) prefetchList(toListArgs(view));
    },
    [prefetchList, update],
  );

  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const feedbackKey = useRef(0);
  const announce = useCallback((severity: Feedback['severity'], message: string) => {
    feedbackKey.current += 1;
    setFeedback({ key: feedbackKey.current, severity, message });
  }, []);
  const reportFailure = useCallback(
    (name: string, error: unknown) =>
      announce('error', t('actions.failed', { name, message: errorMessage(error) })),
    [announce, t, errorMessage],
  );

  // Connect again (an expired or withdrawn row): always as a system-initiated request.
  const { send, sending } = useSendConnectionRequest();
  // Stable (like every row callback), so the memoised rows skip re-rendering (issue 8).
  const connect = useCallback(
    (request: ConnectionRequest) => {
      send({ customerId: request.customerId, origin: 'suggestion' }).then(
        () => announce('success', t('actions.sent', { name: request.customerName })),
        (error: unknown) => reportFailure(request.customerName, error),
      );
    },
    [send, announce, reportFailure, t],
  );

  const [withdraw, withdrawState] = useWithdrawConnectionRequestMutation();
  const [toWithdraw, setToWithdraw] = useState<ConnectionRequest | null>(null);
  // A ref, not state: a double click reaches the handler twice before a re-render disables it.
  const withdrawing = useRef(false);
  const confirmWithdraw = async () => {
    if (toWithdraw === null || withdrawing.current) return;
    withdrawing.current = true;
    try {
      await withdraw(toWithdraw.id).unwrap();
      announce('success', t('actions.withdrawn', { name: toWithdraw.customerName }));
    } catch (error) {
      reportFailure(toWithdraw.customerName, error);
    } finally {
      withdrawing.current = false;
      setToWithdraw(null);
    }
  };

  const busyCustomerIds = useMemo(() => {
    const busy = new Set(sending);
    if (withdrawState.isLoading && withdrawState.originalArgs !== undefined && toWithdraw) {
      busy.add(toWithdraw.customerId);
    }
    return busy;
  }, [sending, withdrawState.isLoading, withdrawState.originalArgs, toWithdraw]);

  const [historyFor, setHistoryFor] = useState<ConnectionRequest | null>(null);

  const [exporting, setExporting] = useState(false);
  const exportRunning = useRef(false);
  const exportCsv = async () => {
    if (exportRunning.current) return;
    exportRunning.current = true;
    setExporting(true);
    try {
      const { exportView } = await import('./model/exportCsv');
      const count = await exportView(dispatch, query, t);
      announce('success', t('export.done', { count }));
    } catch (error) {
      announce('error', errorMessage(error));
    } finally {
      exportRunning.current = false;
      setExporting(false);
    }
  };

  const applyName = useDebouncedCallback((q: string) => {
    change({ q: q.trim(), page: 1 });
  }, NAME_FILTER_DELAY_MS);

  const onSort = (field: SortField) => {
    if (field === query.sort) change({ order: query.order === 'asc' ? 'desc' : 'asc', page: 1 });
    else change({ sort: field, order: FIRST_ORDER[field], page: 1 });
  };

  // A page past the end (rows withdrawn or filtered away, an old link): go to the last one.
  const data = list.data;
  useEffect(() => {
    if (data && data.items.length === 0 && data.total > 0 && shownQuery.page > 1) {
      update({ page: Math.ceil(data.total / shownQuery.pageSize) }, { replace: true });
    }
  }, [data, shownQuery.page, shownQuery.pageSize, update]);

  // Rows, an empty page or an error are on screen: what the first screen does not need may load.
  const settled = data !== undefined || list.isError;
  useEffect(() => {
    if (settled) markFirstDataShown();
  }, [settled]);

  // The likely next step (the next page) is fetched while the user reads this one, so "next
  // page" answers from the cache (issue 8). Only once this page is in, never competing with it.
  const nextPageExists = data !== undefined && shownQuery.page * shownQuery.pageSize < data.total;
  useEffect(() => {
    if (!nextPageExists || list.isFetching) return;
    prefetchList(toListArgs({ ...shownQuery, page: shownQuery.page + 1 }), { ifOlderThan: 30 });
  }, [nextPageExists, list.isFetching, shownQuery, prefetchList]);

  const state: RequestsTableState = data
    ? { kind: 'loaded', data, refreshing: list.isFetching || shownQuery !== query }
    : list.isError
      ? { kind: 'error', message: errorMessage(list.error) }
      : { kind: 'loading' };

  return (
    <section aria-labelledby="requests-heading">
      <Typography id="requests-heading" variant="h5" component="h2" sx={{ mb: 2 }}>
        {t('table.heading')}
      </Typography>
      <RequestsToolbar
        status={query.status}
        q={query.q}
        exporting={exporting}
        onStatusChange={(status) => change({ status, page: 1 })}
        onNameChange={applyName}
        onExport={() => void exportCsv()}
      />
      {list.isError && data && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {t('table.error', { message: errorMessage(list.error) })}
        </Alert>
      )}
      <RequestsTable
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
        onSort={onSort}
        onPageChange={(page) => change({ page })}
        onPageSizeChange={(pageSize) => change({ pageSize, page: 1 })}
        onRetry={() => void list.refetch()}
        onClearFilters={() =>
          change({ status: DEFAULT_TABLE_QUERY.status, q: DEFAULT_TABLE_QUERY.q, page: 1 })
        }
        onConnect={connect}
        onWithdraw={setToWithdraw}
        onShowHistory={setHistoryFor}
        renderCustomerCard={renderCustomerCard}
      />
      <WithdrawDialog
        customerName={toWithdraw?.customerName ?? null}
        busy={withdrawState.isLoading}
        onConfirm={() => void confirmWithdraw()}
        onCancel={() => setToWithdraw(null)}
      />
      {historyFor && (
        <Suspense fallback={null}>
          <HistoryPanel
            request={historyFor}
            language={language}
            onClose={() => setHistoryFor(null)}
          />
        </Suspense>
      )}
      <Snackbar
        key={feedback?.key}
        open={feedback !== null}
        autoHideDuration={feedback?.severity === 'error' ? 10000 : 6000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setFeedback(null);
        }}
      >
        {/* role=alert/status: the result of an action is announced by screen readers. */}
        <Alert
          severity={feedback?.severity ?? 'success'}
          role={feedback?.severity === 'error' ? 'alert' : 'status'}
          onClose={() => setFeedback(null)}
          variant="filled"
        >
          {feedback?.message}
        </Alert>
      </Snackbar>
    </section>
  );
}
