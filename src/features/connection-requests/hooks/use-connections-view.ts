import { useCallback, useMemo } from 'react';
import { useErrorMessage } from '../../../app/use-error-message';
import type { SortField } from '../../../contract';
import type { ConnectionsTableState } from '../components/connections-table';
import type { RowsPage } from '../model/rows';
import { DEFAULT_TABLE_QUERY, FIRST_ORDER, type TableQuery } from '../model/table-query';
import { useDebouncedCallback } from './use-debounced-callback';
import { useRowsView } from './use-rows-view';

const NAME_FILTER_DELAY_MS = 300;

export interface ConnectionsViewOptions {
  /** Rows gone from the user's view before the server says so (dismissals held for Undo). */
  hidden: ReadonlySet<string>;
  /** Unticks every row: a new view shows other rows, the last one's ticks are not carried. */
  clearSelection: () => void;
}

/**
 * The table's view: its query (filters, sort, page in the URL), the rows on screen and what the
 * table shows (loading, error, rows possibly out of date), and the changes the controls make.
 */
export function useConnectionsView({ hidden, clearSelection }: ConnectionsViewOptions) {
  const errorMessage = useErrorMessage();
  const { query, list, change } = useRowsView();

  const data = useMemo((): RowsPage | undefined => {
    const page = list.data;
    if (page === undefined || hidden.size === 0) return page;
    return { ...page, rows: page.rows.filter(({ customerId }) => !hidden.has(customerId)) };
  }, [list.data, hidden]);

  const changeView = useCallback(
    (next: Partial<TableQuery>) => {
      clearSelection();
      change(next);
    },
    [change, clearSelection],
  );

  const filterByName = useDebouncedCallback((q: string) => {
    changeView({ q: q.trim(), page: 1 });
  }, NAME_FILTER_DELAY_MS);

  const sortBy = (field: SortField) => {
    if (field === query.sort) {
      changeView({ order: query.order === 'asc' ? 'desc' : 'asc', page: 1 });
    } else changeView({ sort: field, order: FIRST_ORDER[field], page: 1 });
  };

  const clearFilters = () =>
    changeView({ status: DEFAULT_TABLE_QUERY.status, q: DEFAULT_TABLE_QUERY.q, page: 1 });

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

  return {
    query,
    data,
    state,
    /** The rows on screen belong to the query and no newer answer is on its way. */
    settled: data !== undefined && !list.isFetching,
    changeView,
    filterByName,
    sortBy,
    clearFilters,
    retry: () => void list.refetch(),
  };
}
