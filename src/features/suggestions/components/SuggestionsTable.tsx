import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import type { Suggestion } from '../../../contract';

const SUGGESTION_PAGE_SIZES = [5, 10, 25] as const;

export interface SuggestionsTableProps {
  /** The current page of suggestions (server-side paginated). */
  suggestions: readonly Suggestion[];
  /** No page to show yet: skeleton rows instead of data. */
  loading?: boolean;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  /** Customer ids ticked for "Connect selected". */
  selected: ReadonlySet<string>;
  onSelectedChange: (selected: ReadonlySet<string>) => void;
  /** Customers with an action in flight: their controls are disabled. */
  busy: ReadonlySet<string>;
  /** Disables every action (a bulk connect is running). */
  disabled?: boolean;
  onConnect: (suggestion: Suggestion) => void;
  onDismiss: (suggestion: Suggestion) => void;
  /** Id of the heading that names the table. */
  labelledBy?: string;
}

/** The suggestions of one page: checkbox, customer, why it is suggested, and its actions. */
export function SuggestionsTable({
  suggestions,
  loading = false,
  page,
  pageSize,
  total,
  onPageChange,
  onPageSizeChange,
  selected,
  onSelectedChange,
  busy,
  disabled = false,
  onConnect,
  onDismiss,
  labelledBy,
}: SuggestionsTableProps) {
  const { t } = useTranslation('suggestions');
  const selectable = suggestions.filter(({ customerId }) => !busy.has(customerId));
  const selectedCount = selectable.filter(({ customerId }) => selected.has(customerId)).length;
  const allSelected = selectable.length > 0 && selectedCount === selectable.length;

  const toggleAll = (event: ChangeEvent<HTMLInputElement>) => {
    const next = new Set(selected);
    for (const { customerId } of selectable) {
      if (event.target.checked) next.add(customerId);
      else next.delete(customerId);
    }
    onSelectedChange(next);
  };

  const toggleOne = (customerId: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(customerId);
    else next.delete(customerId);
    onSelectedChange(next);
  };

  return (
    <Box>
      <TableContainer>
        <Table
          size="small"
          aria-labelledby={labelledBy}
          aria-label={labelledBy ? undefined : t('tableLabel')}
          aria-busy={loading}
        >
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={allSelected}
                  indeterminate={selectedCount > 0 && !allSelected}
                  disabled={loading || disabled || selectable.length === 0}
                  onChange={toggleAll}
                  slotProps={{ input: { 'aria-label': t('selectAll') } }}
                />
              </TableCell>
              <TableCell>{t('columns.customer')}</TableCell>
              <TableCell>{t('columns.reason')}</TableCell>
              <TableCell>{t('columns.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {loading
              ? Array.from({ length: Math.min(pageSize, 3) }, (_, index) => (
                  <TableRow key={index}>
                    <TableCell padding="checkbox">
                      <Skeleton variant="rectangular" width={18} height={18} sx={{ mx: 'auto' }} />
                    </TableCell>
                    <TableCell>
                      <Skeleton width="60%" />
                    </TableCell>
                    <TableCell>
                      <Skeleton width="80%" />
                    </TableCell>
                    <TableCell>
                      <Skeleton width={180} />
                    </TableCell>
                  </TableRow>
                ))
              : suggestions.map((suggestion) => {
                  const { customerId, customerName, reason } = suggestion;
                  const rowBusy = disabled || busy.has(customerId);
                  return (
                    <TableRow key={customerId} hover selected={selected.has(customerId)}>
                      <TableCell padding="checkbox">
                        <Checkbox
                          checked={selected.has(customerId)}
                          disabled={rowBusy}
                          onChange={(event) => toggleOne(customerId, event.target.checked)}
                          slotProps={{
                            input: { 'aria-label': t('selectOne', { customer: customerName }) },
                          }}
                        />
                      </TableCell>
                      <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
                        {customerName}
                      </TableCell>
                      <TableCell>{t(`reasons.${reason}`)}</TableCell>
                      <TableCell>
                        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
                          <Button
                            size="small"
                            variant="contained"
                            disabled={rowBusy}
                            aria-label={t('connectLabel', { customer: customerName })}
                            onClick={() => onConnect(suggestion)}
                          >
                            {t('connect')}
                          </Button>
                          <Button
                            size="small"
                            variant="outlined"
                            color="inherit"
                            disabled={rowBusy}
                            aria-label={t('dismissLabel', { customer: customerName })}
                            onClick={() => onDismiss(suggestion)}
                          >
                            {t('dismiss')}
                          </Button>
                        </Box>
                      </TableCell>
                    </TableRow>
                  );
                })}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={total}
        page={loading && total === 0 ? 0 : page - 1}
        rowsPerPage={pageSize}
        rowsPerPageOptions={[...SUGGESTION_PAGE_SIZES]}
        onPageChange={(_event, zeroBasedPage) => onPageChange(zeroBasedPage + 1)}
        onRowsPerPageChange={(event) => onPageSizeChange(Number(event.target.value))}
        disabled={disabled}
      />
    </Box>
  );
}
