import { memo, useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { SortField, SortOrder } from '../../../contract';
import type { RequestRowView, RowView, RowsPage, SuggestionRowView } from '../model/rows';
import { PAGE_SIZES } from '../model/table-query';
import { ConnectionCards } from './connection-cards';
import { RetryAlert } from './retry-alert';
import { RowActionsCell } from './row-actions-cell';
import {
  CustomerName,
  RowDate,
  RowEmail,
  RowStatus,
  SelectPageCheckbox,
  type RowCallbacks,
  type RowsProps,
} from './row-parts';
import { rowAttributes, rowClass, rowStates, useDateFormat } from './row-look';

export type ConnectionsTableState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | {
      kind: 'loaded';
      data: RowsPage;
      refreshing: boolean;
      /** Why the latest refresh failed: the rows shown are kept, but may be out of date. */
      staleMessage?: string;
    };

type ConnectionsLayout = 'table' | 'cards';

export interface ConnectionsTableProps extends RowsProps {
  state: ConnectionsTableState;
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** A table on wide screens; one card per row on narrow ones. */
  layout?: ConnectionsLayout;
  /** A filter is active: an empty page means "no match", not "nothing yet". */
  filtered: boolean;
  sort: SortField;
  order: SortOrder;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** A column header: that column, or the other direction if it is already the sort. */
  onSort: (field: SortField) => void;
  /** The cards' sort menu: a column and a direction at once. */
  onSortChange: (sort: SortField, order: SortOrder) => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  onRetry: () => void;
  onClearFilters: () => void;
}

const COLUMNS = ['customer', 'actions', 'status', 'email', 'date', 'comments'] as const;
type Column = (typeof COLUMNS)[number];
const SORT_FIELD: Partial<Record<Column, SortField>> = {
  customer: 'customer',
  status: 'status',
  date: 'sentAt',
};
/** The selection column comes first. */
const COLUMN_COUNT = COLUMNS.length + 1;
const SKELETON_ROWS = 5;
const NO_ROWS: ReadonlySet<string> = new Set();

// The rows are the hot path of every sort, filter and page change: their layout is one set of
// class rules on the table, serialised once per table render, instead of an `sx` object per
// cell that MUI resolves and Emotion hashes for each of the 25 rows (MUI's own advice for long
// lists: prefer `styled` over `sx`).
const RowsTable = styled(Table)(({ theme }) => ({
  // Between the cards and a wide screen, seven columns fit with tighter cells.
  [theme.breakpoints.down('lg')]: {
    '& .MuiTableCell-root:not(.MuiTableCell-paddingCheckbox)': {
      paddingLeft: theme.spacing(1),
      paddingRight: theme.spacing(1),
    },
  },
  // Long addresses may break anywhere, but not below a width where words would break too.
  [`& .${rowClass.email}`]: { overflowWrap: 'anywhere', minWidth: 128 },
  [`& .${rowClass.date}`]: { whiteSpace: 'nowrap' },
  [`& .${rowClass.comment}`]: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: 280 },
  [`& .${rowClass.name}`]: { overflowWrap: 'break-word', minWidth: 120 },
  ...rowStates(theme),
}));

/**
 * The page's one table (SPEC §1): one row per customer — the latest request to it, or a
 * suggestion — sortable, filterable and paged on the server, in every state; on a narrow
 * screen, one card per row (name, status and actions first).
 */
export function ConnectionsTable(props: ConnectionsTableProps) {
  const { state, labelledBy, sort, order, page, pageSize, onSort, layout = 'table' } = props;
  const { t } = useTranslation('requests');
  const staleId = useId();
  const total = state.kind === 'loaded' ? state.data.total : 0;
  const staleMessage = state.kind === 'loaded' ? state.staleMessage : undefined;
  const busy = state.kind === 'loading' || (state.kind === 'loaded' && state.refreshing);
  const stale = staleMessage !== undefined;

  return (
    <Paper variant="outlined">
      {state.kind === 'loaded' && state.refreshing && (
        <LinearProgress aria-label={t('table.refreshing')} />
      )}
      {stale && (
        <Box sx={{ p: 1 }}>
          <RetryAlert id={staleId} onRetry={props.onRetry}>
            {t('table.stale', { message: staleMessage })}
          </RetryAlert>
        </Box>
      )}
      {layout === 'cards' ? (
        <ConnectionCards
          {...props}
          rows={state.kind === 'loaded' ? state.data.rows : []}
          placeholder={<CardsPlaceholder {...props} />}
          highlighted={props.highlighted ?? NO_ROWS}
          className={stale ? rowClass.stale : undefined}
          describedBy={stale ? staleId : undefined}
          busy={busy}
        />
      ) : (
        <TableContainer>
          <RowsTable
            size="small"
            aria-labelledby={labelledBy}
            aria-describedby={stale ? staleId : undefined}
            aria-busy={busy}
            className={stale ? rowClass.stale : undefined}
          >
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <SelectPageCheckbox
                    rows={state.kind === 'loaded' ? state.data.rows : []}
                    {...props}
                  />
                </TableCell>
                {COLUMNS.map((column) => {
                  const field = SORT_FIELD[column];
                  const active = field !== undefined && field === sort;
                  return (
                    <TableCell key={column} sortDirection={active ? order : false}>
                      {field === undefined ? (
                        t(`columns.${column}`)
                      ) : (
                        <TableSortLabel
                          active={active}
                          direction={active ? order : 'asc'}
                          onClick={() => onSort(field)}
                        >
                          {t(`columns.${column}`)}
                        </TableSortLabel>
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            </TableHead>
            <TableBody>
              <TableBodyContent {...props} />
            </TableBody>
          </RowsTable>
        </TableContainer>
      )}
      {state.kind === 'loaded' && total > 0 && (
        <TablePagination
          component="div"
          count={total}
          page={page - 1}
          rowsPerPage={pageSize}
          rowsPerPageOptions={[...PAGE_SIZES]}
          onPageChange={(_event, zeroBased) => props.onPageChange(zeroBased + 1)}
          onRowsPerPageChange={(event) => props.onPageSizeChange(Number(event.target.value))}
          // On a phone the controls wrap instead of running out of the box.
          sx={{
            '& .MuiTablePagination-toolbar': { flexWrap: 'wrap', justifyContent: 'flex-end' },
            '& .MuiTablePagination-spacer': { display: { xs: 'none', sm: 'block' } },
          }}
        />
      )}
    </Paper>
  );
}

function FullWidthRow({ children }: { children: ReactNode }) {
  return (
    <TableRow>
      <TableCell colSpan={COLUMN_COUNT} sx={{ py: 3 }}>
        {children}
      </TableCell>
    </TableRow>
  );
}

/** What stands in for rows that are not there: loading, a failure, nothing, or no match. */
function NoRows({ state, filtered, onRetry, onClearFilters }: ConnectionsTableProps) {
  const { t } = useTranslation('requests');
  if (state.kind === 'error') {
    return (
      <RetryAlert onRetry={onRetry}>{t('table.error', { message: state.message })}</RetryAlert>
    );
  }
  if (filtered) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography>{t('table.noResults')}</Typography>
        <Button size="small" onClick={onClearFilters}>
          {t('table.clearFilters')}
        </Button>
      </Box>
    );
  }
  return <Typography>{t('table.empty')}</Typography>;
}

function TableBodyContent(props: ConnectionsTableProps) {
  const { state } = props;
  if (state.kind === 'loading') {
    return Array.from({ length: SKELETON_ROWS }, (_, index) => (
      <TableRow key={index}>
        <TableCell padding="checkbox" />
        {COLUMNS.map((column) => (
          <TableCell key={column}>
            <Skeleton aria-hidden="true" />
          </TableCell>
        ))}
      </TableRow>
    ));
  }
  if (state.kind === 'error' || state.data.rows.length === 0) {
    return (
      <FullWidthRow>
        <NoRows {...props} />
      </FullWidthRow>
    );
  }
  return <LoadedRows rows={state.data.rows} {...props} />;
}

function CardsPlaceholder(props: ConnectionsTableProps) {
  const { state } = props;
  if (state.kind === 'loading') {
    return Array.from({ length: 3 }, (_, index) => (
      <Box key={index} sx={{ p: 2 }}>
        <Skeleton aria-hidden="true" width="60%" />
        <Skeleton aria-hidden="true" width="30%" />
        <Skeleton aria-hidden="true" />
      </Box>
    ));
  }
  return (
    <Box sx={{ p: 2 }}>
      <NoRows {...props} />
    </Box>
  );
}

function LoadedRows({
  rows,
  language,
  newIds,
  busyCustomerIds,
  selected,
  highlighted = NO_ROWS,
  suggestionsLocked,
  ...callbacks
}: ConnectionsTableProps & { rows: readonly RowView[] }) {
  const date = useDateFormat(language);
  return rows.map((row) =>
    row.kind === 'suggestion' ? (
      <SuggestionRow
        key={row.key}
        row={row}
        busy={suggestionsLocked || busyCustomerIds.has(row.customerId)}
        selected={selected.has(row.customerId)}
        highlighted={highlighted.has(row.customerId)}
        onSelect={callbacks.onSelect}
        onConnect={callbacks.onConnect}
        onDismiss={callbacks.onDismiss}
        renderCustomerCard={callbacks.renderCustomerCard}
      />
    ) : (
      <RequestRow
        key={row.key}
        row={row}
        date={date}
        isNew={newIds.has(row.request.id)}
        busy={busyCustomerIds.has(row.customerId)}
        highlighted={highlighted.has(row.customerId)}
        onSendAgain={callbacks.onSendAgain}
        onWithdraw={callbacks.onWithdraw}
        onShowHistory={callbacks.onShowHistory}
        renderCustomerCard={callbacks.renderCustomerCard}
      />
    ),
  );
}

const noop = () => undefined;

interface SuggestionRowProps extends Pick<
  RowCallbacks,
  'onSelect' | 'onConnect' | 'onDismiss' | 'renderCustomerCard'
> {
  row: SuggestionRowView;
  busy: boolean;
  selected: boolean;
  highlighted: boolean;
}

/**
 * A suggestion: Suggested with its reason under the chip, Connect and Not my customer; Email,
 * Date and Comments stay empty (nothing was sent yet). Memoised with plain props, like requests.
 */
const SuggestionRow = memo(function SuggestionRow({
  row,
  busy,
  selected,
  highlighted,
  onSelect,
  onConnect,
  onDismiss,
  renderCustomerCard,
}: SuggestionRowProps) {
  const { t } = useTranslation('suggestions');
  return (
    <TableRow
      hover
      selected={selected}
      className={highlighted ? rowClass.spotlight : undefined}
      {...rowAttributes(row)}
    >
      <TableCell padding="checkbox">
        <Checkbox
          checked={selected}
          disabled={busy}
          onChange={(event) => onSelect([row.customerId], event.target.checked)}
          slotProps={{ input: { 'aria-label': t('selectOne', { customer: row.customerName }) } }}
        />
      </TableCell>
      <TableCell component="th" scope="row" className={rowClass.name}>
        <CustomerName row={row} renderCustomerCard={renderCustomerCard} />
      </TableCell>
      <TableCell>
        <RowActionsCell
          customerName={row.customerName}
          action={row.action}
          attemptsLeft={null}
          busy={busy}
          onConnect={() => onConnect(row)}
          onDismiss={() => onDismiss(row)}
          onSendAgain={noop}
          onWithdraw={noop}
          onShowHistory={noop}
        />
      </TableCell>
      <TableCell>
        <RowStatus row={row} isNew={false} />
      </TableCell>
      <TableCell />
      <TableCell />
      <TableCell />
    </TableRow>
  );
});

interface RequestRowProps extends Pick<
  RowCallbacks,
  'onSendAgain' | 'onWithdraw' | 'onShowHistory' | 'renderCustomerCard'
> {
  row: RequestRowView;
  date: Intl.DateTimeFormat;
  isNew: boolean;
  busy: boolean;
  highlighted: boolean;
}

/**
 * Memoised with plain props (booleans, not the sets): sorting, paging and the "refreshing"
 * render while the next page loads re-render only the rows whose data changed.
 */
const RequestRow = memo(function RequestRow({
  row,
  date,
  isNew,
  busy,
  highlighted,
  onSendAgain,
  onWithdraw,
  onShowHistory,
  renderCustomerCard,
}: RequestRowProps) {
  const { request, action, attemptsLeft } = row;
  return (
    <TableRow
      hover
      className={highlighted ? rowClass.spotlight : undefined}
      {...rowAttributes(row)}
    >
      {/* Only suggestions are selected for Connect selected. */}
      <TableCell padding="checkbox" />
      <TableCell component="th" scope="row" className={rowClass.name}>
        <CustomerName row={row} renderCustomerCard={renderCustomerCard} />
      </TableCell>
      <TableCell>
        <RowActionsCell
          customerName={request.customerName}
          action={action}
          attemptsLeft={attemptsLeft}
          busy={busy}
          onConnect={noop}
          onDismiss={noop}
          onSendAgain={() => onSendAgain(row)}
          onWithdraw={() => onWithdraw(row)}
          onShowHistory={() => onShowHistory(row)}
        />
      </TableCell>
      <TableCell>
        <RowStatus row={row} isNew={isNew} />
      </TableCell>
      <TableCell className={rowClass.email}>
        <RowEmail request={request} />
      </TableCell>
      <TableCell className={rowClass.date}>
        <RowDate request={request} date={date} />
      </TableCell>
      {/* Plain text only (R9): React escapes it, so a comment that looks like HTML stays text. */}
      <TableCell className={rowClass.comment}>{request.comment}</TableCell>
    </TableRow>
  );
});
