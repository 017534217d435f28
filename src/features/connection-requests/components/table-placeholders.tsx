import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ConnectionsTableState } from './connections-table-state';
import { RetryAlert } from './retry-alert';

const SKELETON_ROWS = 5;
const SKELETON_CARDS = 3;

export interface NoRowsProps {
  state: ConnectionsTableState;
  /** A filter is active: an empty page means "no match", not "nothing yet". */
  filtered: boolean;
  onRetry: () => void;
  onClearFilters: () => void;
}

/** What stands in for rows that are not there: a failure, nothing, or no match. */
function NoRows({ state, filtered, onRetry, onClearFilters }: NoRowsProps) {
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

/** The table's body without rows: skeleton rows while loading, else one full-width row. */
export function TablePlaceholder({ columnCount, ...props }: NoRowsProps & { columnCount: number }) {
  if (props.state.kind === 'loading') {
    return Array.from({ length: SKELETON_ROWS }, (_, index) => (
      <TableRow key={index}>
        <TableCell padding="checkbox" />
        {Array.from({ length: columnCount - 1 }, (_, column) => (
          <TableCell key={column}>
            <Skeleton aria-hidden="true" />
          </TableCell>
        ))}
      </TableRow>
    ));
  }
  return (
    <TableRow>
      <TableCell colSpan={columnCount} sx={{ py: 3 }}>
        <NoRows {...props} />
      </TableCell>
    </TableRow>
  );
}

/** The cards' stand-in: skeleton cards while loading, else what the table says in its row. */
export function CardsPlaceholder(props: NoRowsProps): ReactNode {
  if (props.state.kind === 'loading') {
    return Array.from({ length: SKELETON_CARDS }, (_, index) => (
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
