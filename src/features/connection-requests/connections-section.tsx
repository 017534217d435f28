import {
  lazy,
  memo,
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
import useEventCallback from '@mui/utils/useEventCallback';
import { useTheme } from '@mui/material/styles';
import visuallyHidden from '@mui/utils/visuallyHidden';
import { useTranslation } from 'react-i18next';
import type { ConnectionRequest } from '../../contract';
import { currentLanguage } from '../../i18n';
import type { RequestRowView, RowView } from './model/rows';
import { isFiltered, type TableQuery } from './model/table-query';
import { useShowAction, type RowFlowOptions } from './hooks/row-flow';
import { useConnectFlow } from './hooks/use-connect-flow';
import { useConnectionsView } from './hooks/use-connections-view';
import { useDismissFlow } from './hooks/use-dismiss-flow';
import { useExport } from './hooks/use-export';
import { useRowFocus } from './hooks/use-row-focus';
import { useSelectedRows, useSelection } from './hooks/use-selection';
import { useSendAgainFlow } from './hooks/use-send-again-flow';
import { useSpotlight, type Spotlight } from './hooks/use-spotlight';
import { useWithdrawFlow } from './hooks/use-withdraw-flow';
import { ConnectionsTable } from './components/connections-table';
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

// A sort, a filter or a page change re-renders this container: the toolbar and the closed
// dialog keep their props (stable callbacks) and are skipped, so only the table does work.
const Toolbar = memo(ConnectionsToolbar);
const Withdraw = memo(WithdrawDialog);

function renderCustomerCard(request: ConnectionRequest) {
  return (
    <CustomerAccountsCard customerId={request.customerId} customerName={request.customerName} />
  );
}

export interface ConnectionsSectionProps {
  /** The signed-in supplier: dismissals held for Undo are kept per supplier across visits. */
  supplierId: string;
  /** Ids of requests answered since the last visit, badged in the table. */
  newIds: ReadonlySet<string>;
  /** The page's one feedback (useActionFeedback): where every action's outcome is said. */
  announce: RowFlowOptions['announce'];
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
 * requests and suggestions as rows of one list, paged, sorted and filtered on the server. Each
 * flow is a hook of its own; this puts them together and lays them out.
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
  const language = currentLanguage(i18n);
  const theme = useTheme();
  // Below 900 px the table's seven columns no longer fit: a card per row instead.
  const narrow = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const spoken = useRef<HTMLDivElement>(null);
  const rowsNow = useRef<readonly RowView[] | undefined>(undefined);
  const { focusRows, holdFocus } = useRowFocus(section, heading);
  const showAction = useShowAction(onShow);
  const flow = { announce, showAction, focusRows };

  const selection = useSelection();
  const { hidden, dismiss } = useDismissFlow({
    supplierId,
    announce,
    closeFeedback,
    focusRows,
    rowsNow,
    deselect: selection.deselect,
  });
  const view = useConnectionsView({ hidden, clearSelection: selection.clear });
  const { query, data } = view;
  // The rows as an action found them, for its neighbours; a ref keeps the row callbacks stable.
  useEffect(() => {
    rowsNow.current = data?.rows;
  }, [data]);
  const selectedRows = useSelectedRows(data?.rows, selection.selected);
  const connecting = useConnectFlow({
    ...flow,
    rowsNow,
    holdFocus,
    selectedRows,
    deselect: selection.deselect,
  });
  const withdrawal = useWithdrawFlow(flow);
  const sendAgain = useSendAgainFlow(flow);
  const { exporting, exportCsv } = useExport(query, announce);
  const [historyFor, setHistoryFor] = useState<ConnectionRequest | null>(null);
  const showHistory = useCallback((row: RequestRowView) => setHistoryFor(row.request), []);

  const say = useCallback(
    (found: boolean, name: string) => {
      if (spoken.current === null) return;
      spoken.current.textContent = found
        ? t('actions.shown', { name })
        : t('actions.notShown', { name });
    },
    [t],
  );
  const highlighted = useSpotlight({
    spotlight,
    container: section,
    settled: view.settled,
    rows: data?.rows,
    query,
    change: view.changeView,
    say,
  });

  const { changeView } = view;
  const changeStatus = useCallback(
    (status: TableQuery['status']) => changeView({ status, page: 1 }),
    [changeView],
  );
  const connectSelected = useEventCallback(() => void connecting.connectSelected());
  const exportRows = useEventCallback(() => void exportCsv());
  const confirmWithdraw = useEventCallback(() => void withdrawal.confirm());

  const { sending } = connecting;
  const busyCustomerIds = useMemo(() => {
    const busy = new Set(sending);
    if (withdrawal.busyCustomerId !== null) busy.add(withdrawal.busyCustomerId);
    return busy;
  }, [sending, withdrawal.busyCustomerId]);

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
      <Toolbar
        status={query.status}
        q={query.q}
        exporting={exporting}
        canExport={data !== undefined && data.total > 0}
        selectedCount={selectedRows.length}
        connectingSelected={connecting.bulkRunning}
        searchButton={searchButton}
        onStatusChange={changeStatus}
        onNameChange={view.filterByName}
        onConnectSelected={connectSelected}
        onExport={exportRows}
      />
      <ConnectionsTable
        state={view.state}
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
        suggestionsLocked={connecting.bulkRunning}
        onSelect={selection.select}
        onSort={view.sortBy}
        onSortChange={(sort, order) => view.changeView({ sort, order, page: 1 })}
        onPageChange={(page) => view.changeView({ page })}
        onPageSizeChange={(pageSize) => view.changeView({ pageSize, page: 1 })}
        onRetry={view.retry}
        onClearFilters={view.clearFilters}
        onConnect={connecting.connect}
        onDismiss={dismiss}
        onSendAgain={sendAgain.open}
        onWithdraw={withdrawal.ask}
        onShowHistory={showHistory}
        renderCustomerCard={renderCustomerCard}
      />
      <Withdraw
        customerName={withdrawal.target?.customerName ?? null}
        busy={withdrawal.withdrawing}
        onConfirm={confirmWithdraw}
        onCancel={withdrawal.cancel}
      />
      {sendAgain.row && (
        <Suspense fallback={null}>
          <SendAgainDialog
            key={sendAgain.row.key}
            request={sendAgain.row.request}
            attemptsLeft={sendAgain.row.attemptsLeft ?? 0}
            send={connecting.send}
            sending={sending.has(sendAgain.row.customerId)}
            onSent={sendAgain.onSent}
            onClose={sendAgain.close}
          />
        </Suspense>
      )}
      {historyFor && (
        <Suspense fallback={null}>
          <HistoryPanel request={historyFor} onClose={() => setHistoryFor(null)} />
        </Suspense>
      )}
    </section>
  );
}
