import { useCallback, useDeferredValue, useEffect } from 'react';
import { markFirstDataShown } from '../../../app/deferred';
import { requestsApi, useListConnectionRowsQuery } from '../api';
import { toListArgs, type TableQuery } from '../model/table-query';
import { useTableQuery } from './use-table-query';

/**
 * The table's view (in the URL) and its rows from the server: the rows follow the view through
 * useDeferredValue, the next page is fetched ahead, and a page past the end moves to the last.
 */
export function useRowsView() {
  const { query, update } = useTableQuery();
  // The rows follow the view one render later: the input's own render (sort arrow, page number,
  // busy bar) paints at once, and 25 new rows — from the cache or the server — render in an
  // interruptible pass after it (issue 8).
  const shownQuery = useDeferredValue(query);
  const list = useListConnectionRowsQuery(toListArgs(shownQuery));
  const prefetchRows = requestsApi.usePrefetch('listConnectionRows');
  // A user's change of view: its rows are requested in the input's own event (the render the URL
  // change schedules comes after it), so the mock or the network works meanwhile (issue 8).
  const change = useCallback(
    (next: Partial<TableQuery>) => {
      const view = update(next);
      if (view !== null) prefetchRows(toListArgs(view));
    },
    [prefetchRows, update],
  );

  // A page past the end (rows connected, dismissed or filtered away, an old link): go to the last.
  const data = list.data;
  useEffect(() => {
    if (data && data.rows.length === 0 && data.total > 0 && shownQuery.page > 1) {
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
    prefetchRows(toListArgs({ ...shownQuery, page: shownQuery.page + 1 }), { ifOlderThan: 30 });
  }, [nextPageExists, list.isFetching, shownQuery, prefetchRows]);

  return {
    /** The view as the URL says it (what the controls show). */
    query,
    /** The view whose rows are on screen (one render behind `query`). */
    shownQuery,
    list,
    change,
  };
}
