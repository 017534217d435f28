import { memo, useMemo, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
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
import Checkbox from '@mui/material/Checkbox';
import type { ConnectionRequest, SortField, SortOrder } from '../../../contract';
import type { RequestRowView, RowView, RowsPage, SuggestionRowView } from '../model/rows';
import { PAGE_SIZES } from '../model/tableQuery';
import { RowActionsCell } from './RowActionsCell';
import { StatusChip } from './StatusChip';
import { CustomerHoverCard } from './CustomerHoverCard';
import { RetryAlert } from './RetryAlert';
import { visuallyHidden } from '../../../components/visually-hidden';

export type ConnectionsTableState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'loaded'; data: RowsPage; refreshing: boolean };

export interface ConnectionsTableProps {
  state: ConnectionsTableState;
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** A filter is active: an empty page means "no match", not "nothing yet". */
  filtered: boolean;
  sort: SortField;
  order: SortOrder;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** The UI language, for dates. */
  language: string;
  /** Ids of requests answered since the user's last visit. */
  newIds: ReadonlySet<string>;
  /** Customers with an action running. */
  busyCustomerIds: ReadonlySet<string>;
  /** Customers whose suggestion is ticked for Connect selected. */
  selected: ReadonlySet<string>;
  /** A bulk connect is running: every suggestion's controls wait for it. */
  suggestionsLocked: boolean;
  /** Ticks (or clears) these suggestions; the header checkbox passes the whole page's. */
  onSelect: (customerIds: readonly string[], selected: boolean) => void;
  onSort: (field: SortField) => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  onRetry: () => void;
  onClearFilters: () => void;
  onConnect: (row: SuggestionRowView) => void;
  onDismiss: (row: SuggestionRowView) => void;
  onSendAgain: (row: RequestRowView) => void;
  onWithdraw: (row: RequestRowView) => void;
  onShowHistory: (row: RequestRowView) => void;
  /** The hover card content of an approved customer. */
  renderCustomerCard: (request: ConnectionRequest) => ReactNode;
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

// The rows are the hot path of every sort, filter and page change (issue 8): their layout is one
// set of class rules on the table, serialised once per table render, instead of an `sx` object
// per cell that MUI resolves and Emotion hashes for each of the 25 rows (MUI's own advice for
// long lists: prefer `styled` over `sx`).
const rowClass = {
  stack: 'cr-row-stack',
  inline: 'cr-row-inline',
  email: 'cr-row-email',
  date: 'cr-row-date',
  comment: 'cr-row-comment',
  name: 'cr-row-name',
} as const;

const RowsTable = styled(Table)(({ theme }) => ({
  minWidth: 960,
  [`& .${rowClass.stack}`]: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
  },
  [`& .${rowClass.inline}`]: { display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) },
  [`& .${rowClass.email}`]: { wordBreak: 'break-word' },
  [`& .${rowClass.date}`]: { whiteSpace: 'nowrap' },
  [`& .${rowClass.comment}`]: { whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxWidth: 280 },
  [`& .${rowClass.name}`]: { overflowWrap: 'anywhere' },
}));

/**
 * The page's one table (SPEC §1): one row per customer — the latest request to it, or a
 * suggestion — sortable, filterable and paged on the server, in every state.
 */
export function ConnectionsTable(props: ConnectionsTableProps) {
  const { state, labelledBy, sort, order, page, pageSize, onSort } = props;
  const { t } = useTranslation('requests');
  const total = state.kind === 'loaded' ? state.data.total : 0;

  return (
    <Paper variant="outlined">
      {state.kind === 'loaded' && state.refreshing && (
        <LinearProgress aria-label={t('table.refreshing')} />
      )}
      <TableContainer>
        <RowsTable
          size="small"
          aria-labelledby={labelledBy}
          aria-busy={state.kind === 'loading' || (state.kind === 'loaded' && state.refreshing)}
        >
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <SelectPageCheckbox {...props} />
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
      {state.kind === 'loaded' && total > 0 && (
        <TablePagination
          component="div"
          count={total}
          page={page - 1}
          rowsPerPage={pageSize}
          rowsPerPageOptions={[...PAGE_SIZES]}
          onPageChange={(_event, zeroBased) => props.onPageChange(zeroBased + 1)}
          onRowsPerPageChange={(event) => props.onPageSizeChange(Number(event.target.value))}
        />
      )}
    </Paper>
  );
}

/** The header's checkbox: every suggestion of this page that can be ticked. Always labelled. */
function SelectPageCheckbox({
  state,
  selected,
  busyCustomerIds,
  suggestionsLocked,
  onSelect,
}: ConnectionsTableProps) {
  const { t } = useTranslation('suggestions');
  const selectable =
    state.kind === 'loaded'
      ? state.data.rows
          .filter((row) => row.kind === 'suggestion' && !busyCustomerIds.has(row.customerId))
          .map(({ customerId }) => customerId)
      : [];
  const count = selectable.filter((customerId) => selected.has(customerId)).length;
  const all = selectable.length > 0 && count === selectable.length;
  return (
    <Checkbox
      checked={all}
      indeterminate={count > 0 && !all}
      disabled={selectable.length === 0 || suggestionsLocked}
      onChange={(event) => onSelect(selectable, event.target.checked)}
      slotProps={{ input: { 'aria-label': t('selectAll') } }}
    />
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

function TableBodyContent(props: ConnectionsTableProps) {
  const { state, filtered, onRetry, onClearFilters } = props;
  const { t } = useTranslation('requests');

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
  if (state.kind === 'error') {
    return (
      <FullWidthRow>
        <RetryAlert onRetry={onRetry}>{t('table.error', { message: state.message })}</RetryAlert>
      </FullWidthRow>
    );
  }
  if (state.data.rows.length === 0) {
    return (
      <FullWidthRow>
        {filtered ? (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <Typography>{t('table.noResults')}</Typography>
            <Button size="small" onClick={onClearFilters}>
              {t('table.clearFilters')}
            </Button>
          </Box>
        ) : (
          <Typography>{t('table.empty')}</Typography>
        )}
      </FullWidthRow>
    );
  }
  return <LoadedRows rows={state.data.rows} {...props} />;
}

type RowCallbacks = Pick<
  ConnectionsTableProps,
  | 'onSelect'
  | 'onConnect'
  | 'onDismiss'
  | 'onSendAgain'
  | 'onWithdraw'
  | 'onShowHistory'
  | 'renderCustomerCard'
>;

interface LoadedRowsProps
  extends
    RowCallbacks,
    Pick<
      ConnectionsTableProps,
      'language' | 'newIds' | 'busyCustomerIds' | 'selected' | 'suggestionsLocked'
    > {
  rows: readonly RowView[];
}

function LoadedRows({
  rows,
  language,
  newIds,
  busyCustomerIds,
  selected,
  suggestionsLocked,
  onSelect,
  onConnect,
  onDismiss,
  onSendAgain,
  onWithdraw,
  onShowHistory,
  renderCustomerCard,
}: LoadedRowsProps) {
  // One formatter per language, not one per row and render (Intl constructors are slow).
  const date = useMemo(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }),
    [language],
  );
  return rows.map((row) =>
    row.kind === 'suggestion' ? (
      <SuggestionRow
        key={row.key}
        row={row}
        busy={suggestionsLocked || busyCustomerIds.has(row.customerId)}
        selected={selected.has(row.customerId)}
        onSelect={onSelect}
        onConnect={onConnect}
        onDismiss={onDismiss}
      />
    ) : (
      <RequestRow
        key={row.key}
        row={row}
        date={date}
        isNew={newIds.has(row.request.id)}
        busy={busyCustomerIds.has(row.customerId)}
        onSendAgain={onSendAgain}
        onWithdraw={onWithdraw}
        onShowHistory={onShowHistory}
        renderCustomerCard={renderCustomerCard}
      />
    ),
  );
}

const noop = () => undefined;

interface SuggestionRowProps extends Pick<RowCallbacks, 'onSelect' | 'onConnect' | 'onDismiss'> {
  row: SuggestionRowView;
  busy: boolean;
  selected: boolean;
}

/**
 * A suggestion: Suggested with its reason under the chip, Connect and Not my customer; Email,
 * Date and Comments stay empty (nothing was sent yet). Memoised with plain props, like requests.
 */
const SuggestionRow = memo(function SuggestionRow({
  row,
  busy,
  selected,
  onSelect,
  onConnect,
  onDismiss,
}: SuggestionRowProps) {
  const { t } = useTranslation('suggestions');
  return (
    <TableRow hover selected={selected}>
      <TableCell padding="checkbox">
        <Checkbox
          checked={selected}
          disabled={busy}
          onChange={(event) => onSelect([row.customerId], event.target.checked)}
          slotProps={{ input: { 'aria-label': t('selectOne', { customer: row.customerName }) } }}
        />
      </TableCell>
      <TableCell component="th" scope="row" className={rowClass.name}>
        {row.customerName}
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
        <div className={rowClass.stack}>
          <StatusChip status="suggested" />
          <Typography variant="caption" color="text.secondary">
            {t(`reasons.${row.suggestion.reason}`)}
          </Typography>
        </div>
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
}

/**
 * Memoised with plain props (booleans, not the sets): sorting, paging and the "refreshing"
 * render while the next page loads re-render only the rows whose data changed (issue 8).
 */
const RequestRow = memo(function RequestRow({
  row,
  date,
  isNew,
  busy,
  onSendAgain,
  onWithdraw,
  onShowHistory,
  renderCustomerCard,
}: RequestRowProps) {
  const { t } = useTranslation('requests');
  const { request, action, daysLeft, attemptsLeft } = row;
  return (
    <TableRow hover>
      {/* Only suggestions are selected for Connect selected. */}
      <TableCell padding="checkbox" />
      <TableCell component="th" scope="row" className={rowClass.name}>
        {request.status === 'approved' ? (
          <CustomerHoverCard
            name={request.customerName}
            renderCard={() => renderCustomerCard(request)}
          />
        ) : (
          request.customerName
        )}
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
        <div className={rowClass.stack}>
          <div className={rowClass.inline}>
            <StatusChip status={request.status} />
            {isNew && (
              <Chip
                size="small"
                color="primary"
                title={t('row.newLabel')}
                label={
                  <>
                    {t('row.new')}
                    <Box component="span" sx={visuallyHidden}>
                      {`: ${t('row.newLabel')}`}
                    </Box>
                  </>
                }
              />
            )}
          </div>
          {daysLeft !== null && (
            <Typography variant="caption" color="text.secondary">
              {daysLeft === 0 ? t('row.expiresToday') : t('row.daysLeft', { count: daysLeft })}
            </Typography>
          )}
        </div>
      </TableCell>
      <TableCell className={rowClass.email}>
        {request.origin === 'suggestion' ? t('row.systemInitiated') : request.contactEmail}
      </TableCell>
      <TableCell className={rowClass.date}>
        <time dateTime={request.sentAt}>{date.format(new Date(request.sentAt))}</time>
      </TableCell>
      {/* Plain text only (R9): React escapes it, so a comment that looks like HTML stays text. */}
      <TableCell className={rowClass.comment}>{request.comment}</TableCell>
    </TableRow>
  );
});
