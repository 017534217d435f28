/** The table's controls around its rows: the column headers and the pages. */
import { memo } from 'react';
import TableCell from '@mui/material/TableCell';
import TablePagination from '@mui/material/TablePagination';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useTranslation } from 'react-i18next';
import type { SortField, SortOrder } from '../../../contract';
import { SORT_FIELD, type Column } from './table-columns';
import { PAGE_SIZES } from '../model/table-query';

/**
 * A column's header: its name, and for a sortable column the sort control. Memoised: a sort
 * renders again only the headers whose arrow changed.
 */
export const ColumnHeader = memo(function ColumnHeader({
  column,
  sorted,
  onSort,
}: {
  column: Column;
  /** The rows' order by this column, or false when they are sorted by another. */
  sorted: SortOrder | false;
  onSort: (field: SortField) => void;
}) {
  const { t } = useTranslation('requests');
  const field = SORT_FIELD[column];
  return (
    <TableCell sortDirection={sorted}>
      {field === undefined ? (
        t(`columns.${column}`)
      ) : (
        <TableSortLabel
          active={sorted !== false}
          direction={sorted === false ? 'asc' : sorted}
          onClick={() => onSort(field)}
        >
          {t(`columns.${column}`)}
        </TableSortLabel>
      )}
    </TableCell>
  );
});

// On a phone the controls wrap instead of running out of the box.
const paginationLook = {
  '& .MuiTablePagination-toolbar': { flexWrap: 'wrap', justifyContent: 'flex-end' },
  '& .MuiTablePagination-spacer': { display: { xs: 'none', sm: 'block' } },
} as const;
const pageSizes = [...PAGE_SIZES];

/**
 * The pages under the table. Memoised with stable callbacks: a sort (the same first page) leaves
 * it as it was, instead of MUI rendering its toolbar, select and buttons again.
 */
export const RowsPagination = memo(function RowsPagination({
  count,
  page,
  pageSize,
  onPageChange,
  onPageSizeChange,
}: {
  count: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}) {
  return (
    <TablePagination
      component="div"
      count={count}
      page={page - 1}
      rowsPerPage={pageSize}
      rowsPerPageOptions={pageSizes}
      onPageChange={(_event, zeroBased) => onPageChange(zeroBased + 1)}
      onRowsPerPageChange={(event) => onPageSizeChange(Number(event.target.value))}
      sx={paginationLook}
    />
  );
});
