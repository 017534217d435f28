import { memo, useId } from 'react';
import Box from '@mui/material/Box';
import GlobalStyles from '@mui/material/GlobalStyles';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell, { tableCellClasses } from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { keyframes, styled } from '@mui/material/styles';
import useEventCallback from '@mui/utils/useEventCallback';
import { useTranslation } from 'react-i18next';
import type { SortField, SortOrder } from '../../../contract';
import { ConnectionCards } from './connection-cards';
import type { ConnectionsTableState } from './connections-table-state';
import { RetryAlert } from './retry-alert';
import { SelectPageCheckbox } from './row-parts';
import { rowClass, rowParts, rowStates, tableBodyStyles } from './row-look';
import type { RowsProps } from './row-props';
import { RowIcons } from './row-icons';
import { RowTextsProvider } from './row-texts-provider';
import { CardsPlaceholder, TablePlaceholder } from './table-placeholders';
import { COLUMN_COUNT, COLUMNS, SORT_FIELD } from './table-columns';
import { ColumnHeader, RowsPagination } from './table-controls';
import { TableRows } from './table-rows';

export type { ConnectionsTableState } from './connections-table-state';

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

// The rows are the hot path of every sort, filter and page change: their layout is one set of
// class rules for the table, instead of an `sx` object or a styled element per cell that MUI
// resolves and Emotion hashes for each of the 25 rows. The rules are a style sheet of their own
// (global, scoped by the table's class) that renders once, not a styled table whose style
// function Emotion would run and serialise again on every render of the table.
const TABLE_CLASS = 'cr-rows-table';
const headCells = `& .${tableCellClasses.root}:not(.${tableCellClasses.paddingCheckbox})`;
const bodyCells = `& .${rowClass.cell}:not(.${rowClass.tickCell})`;
const RowsTableStyles = memo(function RowsTableStyles() {
  return (
    <GlobalStyles
      styles={(theme) => ({
        [`.${TABLE_CLASS}`]: {
          // Between the cards and a wide screen, seven columns fit with tighter cells.
          [theme.breakpoints.down('lg')]: {
            [`${headCells}, ${bodyCells}`]: {
              paddingLeft: theme.spacing(1),
              paddingRight: theme.spacing(1),
            },
          },
          // Long addresses may break anywhere, but not below a width where words would break too.
          [`& .${rowClass.email}`]: { overflowWrap: 'anywhere', minWidth: 128 },
          [`& .${rowClass.date}`]: { whiteSpace: 'nowrap' },
          [`& .${rowClass.comment}`]: {
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            maxWidth: 280,
          },
          [`& .${rowClass.name}`]: { overflowWrap: 'break-word', minWidth: 120 },
          ...tableBodyStyles(theme),
          ...rowParts(theme),
          ...rowStates(theme),
        },
      })}
    />
  );
});

const appear = keyframes({ from: { opacity: 0 }, to: { opacity: 1 } });

// Over the table's top edge, not above it: showing and hiding it moves nothing, so the rows
// that end a refresh are not laid out and painted twice. It shows only for a refresh that lasts
// (a cached page never shows it), and its animation never competes with a quick page's rows.
const BusyBar = styled(LinearProgress)({
  position: 'absolute',
  top: 0,
  left: 0,
  right: 0,
  zIndex: 1,
  opacity: 0,
  animation: `${appear} 150ms linear 250ms forwards`,
});

/**
 * The page's one table (SPEC §1): one row per customer — the latest request to it, or a
 * suggestion — sortable, filterable and paged on the server, in every state; on a narrow
 * screen, one card per row (name, status and actions first).
 */
export function ConnectionsTable(props: ConnectionsTableProps) {
  const { state, labelledBy, sort, order, page, pageSize, onSort, layout = 'table' } = props;
  const { t } = useTranslation('requests');
  const staleId = useId();
  const rows = state.kind === 'loaded' ? state.data.rows : [];
  const total = state.kind === 'loaded' ? state.data.total : 0;
  const staleMessage = state.kind === 'loaded' ? state.staleMessage : undefined;
  const busy = state.kind === 'loading' || (state.kind === 'loaded' && state.refreshing);
  const stale = staleMessage !== undefined;
  // Stable for the memoised header cells and pagination, whatever the container passes.
  const sortBy = useEventCallback(onSort);
  const changePage = useEventCallback(props.onPageChange);
  const changePageSize = useEventCallback(props.onPageSizeChange);

  return (
    <Paper variant="outlined" sx={{ position: 'relative' }}>
      {state.kind === 'loaded' && state.refreshing && (
        <BusyBar aria-label={t('table.refreshing')} />
      )}
      {stale && (
        <Box sx={{ p: 1 }}>
          <RetryAlert id={staleId} onRetry={props.onRetry}>
            {t('table.stale', { message: staleMessage })}
          </RetryAlert>
        </Box>
      )}
      <RowIcons />
      <RowTextsProvider>
        {layout === 'cards' ? (
          <ConnectionCards
            {...props}
            rows={rows}
            placeholder={<CardsPlaceholder {...props} />}
            className={stale ? rowClass.stale : undefined}
            describedBy={stale ? staleId : undefined}
            busy={busy}
          />
        ) : (
          <TableContainer>
            <RowsTableStyles />
            <Table
              size="small"
              aria-labelledby={labelledBy}
              aria-describedby={stale ? staleId : undefined}
              aria-busy={busy}
              className={stale ? `${TABLE_CLASS} ${rowClass.stale}` : TABLE_CLASS}
            >
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox">
                    <SelectPageCheckbox {...props} rows={rows} />
                  </TableCell>
                  {COLUMNS.map((column) => (
                    <ColumnHeader
                      key={column}
                      column={column}
                      sorted={SORT_FIELD[column] === sort ? order : false}
                      onSort={sortBy}
                    />
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.length > 0 ? (
                  <TableRows {...props} rows={rows} />
                ) : (
                  <TablePlaceholder {...props} columnCount={COLUMN_COUNT} />
                )}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </RowTextsProvider>
      {state.kind === 'loaded' && total > 0 && (
        <RowsPagination
          count={total}
          page={page}
          pageSize={pageSize}
          onPageChange={changePage}
          onPageSizeChange={changePageSize}
        />
      )}
    </Paper>
  );
}
