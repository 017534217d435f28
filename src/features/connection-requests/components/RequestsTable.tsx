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
import type {
  ConnectionRequest,
  ConnectionRequestPage,
  SortField,
  SortOrder,
} from '../../../contract';
import { rowActions } from '../model/rowActions';
import { PAGE_SIZES } from '../model/tableQuery';
import { RowActionsCell } from './RowActionsCell';
import { StatusChip } from './StatusChip';
import { CustomerHoverCard } from './CustomerHoverCard';
import { RetryAlert } from './RetryAlert';
import { visuallyHidden } from '../../../components/visually-hidden';

export type RequestsTableState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'loaded'; data: ConnectionRequestPage; refreshing: boolean };

export interface RequestsTableProps {
  state: RequestsTableState;
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** A filter is active: an empty page means "no match", not "no requests yet". */
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
  onSort: (field: SortField) => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  onRetry: () => void;
  onClearFilters: () => void;
  onConnect: (request: ConnectionRequest) => void;
  onWithdraw: (request: ConnectionRequest) => void;
  onShowHistory: (request: ConnectionRequest) => void;
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
} as const;

const RowsTable = styled(Table)(({ theme }) => ({
  minWidth: 900,
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
}));

/** The requests table (SPEC §1): one row per customer, sortable, paged, in every state. */
export function RequestsTable(props: RequestsTableProps) {
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

function FullWidthRow({ children }: { children: ReactNode }) {
  return (
    <TableRow>
      <TableCell colSpan={COLUMNS.length} sx={{ py: 3 }}>
        {children}
      </TableCell>
    </TableRow>
  );
}

function TableBodyContent(props: RequestsTableProps) {
  const { state, filtered, onRetry, onClearFilters } = props;
  const { t } = useTranslation('requests');

  if (state.kind === 'loading') {
    return Array.from({ length: SKELETON_ROWS }, (_, index) => (
      <TableRow key={index}>
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
  if (state.data.items.length === 0) {
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
  return (
    <LoadedRows
      items={state.data.items}
      serverTime={state.data.serverTime}
      language={props.language}
      newIds={props.newIds}
      busyCustomerIds={props.busyCustomerIds}
      onConnect={props.onConnect}
      onWithdraw={props.onWithdraw}
      onShowHistory={props.onShowHistory}
      renderCustomerCard={props.renderCustomerCard}
    />
  );
}

type RowCallbacks = Pick<
  RequestsTableProps,
  'onConnect' | 'onWithdraw' | 'onShowHistory' | 'renderCustomerCard'
>;

interface LoadedRowsProps
  extends RowCallbacks, Pick<RequestsTableProps, 'language' | 'newIds' | 'busyCustomerIds'> {
  items: readonly ConnectionRequest[];
  serverTime: string;
}

function LoadedRows({ items, language, newIds, busyCustomerIds, ...rowProps }: LoadedRowsProps) {
  // One formatter per language, not one per row and render (Intl constructors are slow).
  const date = useMemo(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }),
    [language],
  );
  return items.map((request) => (
    <RequestRow
      key={request.id}
      request={request}
      date={date}
      isNew={newIds.has(request.id)}
      busy={busyCustomerIds.has(request.customerId)}
      {...rowProps}
    />
  ));
}

interface RequestRowProps extends RowCallbacks {
  request: ConnectionRequest;
  serverTime: string;
  date: Intl.DateTimeFormat;
  isNew: boolean;
  busy: boolean;
}

/**
 * Memoised with plain props (booleans, not the sets): sorting, paging and the "refreshing"
 * render while the next page loads re-render only the rows whose data changed (issue 8).
 */
const RequestRow = memo(function RequestRow({
  request,
  serverTime,
  date,
  isNew,
  busy,
  onConnect,
  onWithdraw,
  onShowHistory,
  renderCustomerCard,
}: RequestRowProps) {
  const { t } = useTranslation('requests');
  const { action, daysLeft, attemptsLeft } = rowActions(request, serverTime);
  return (
    <TableRow hover>
      <TableCell component="th" scope="row">
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
          onConnect={() => onConnect(request)}
          onWithdraw={() => onWithdraw(request)}
          onShowHistory={() => onShowHistory(request)}
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
