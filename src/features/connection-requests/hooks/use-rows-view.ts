import { useCallback, useEffect } from 'react';
import { markFirstDataShown } from '../../../app/deferred';
import { requestsApi, useListConnectionRowsQuery } from '../api';
import { toListArgs, type TableQuery } from '../model/table-query';
import { useTableQuery } from './use-table-query';

/** Long enough for the page's rows to be painted first; short against a user reading them. */
const PREFETCH_DELAY_MS = 50;

/**
 * The table's view (in the URL) and its rows from the server: the next page is fetched ahead,
 * and a page past the end moves to the last.
 *
 * The rows follow the view in the same render as the controls: 25 rows from the cache (a
 * prefetched page, a sort already seen) render once, with the sort arrow and the page number.
 * Deferring them (useDeferredValue) painted the controls first but rendered the whole table
 * twice, and the rows came later. Rows not in the cache keep the last page on screen, marked as
 * refreshing, until they arrive.
 */
export function useRowsView() {
  const { query, update } = useTableQuery();
  const list = useListConnectionRowsQuery(toListArgs(query));
  const prefetchRows = requestsApi.usePrefetch('listConnectionRows');
  // A user's change of view: rows not yet held are requested in the input's own event (the
  // render the change schedules comes after it), so the mock or the network works meanwhile. Rows
  // already held cost nothing here: the query shows them as it would (it never refetches a held
  // page on a change of view), instead of a thunk dispatched only to find them in the cache.
  const change = useCallback(
    (next: Partial<TableQuery>) => {
      const view = update(next);
      if (view !== null) prefetchRows(toListArgs(view), { ifOlderThan: Number.POSITIVE_INFINITY });
    },
    [prefetchRows, update],
  );

  // A page past the end (rows connected, dismissed or filtered away, an old link): go to the last.
  const data = list.data;
  useEffect(() => {
    if (data && data.rows.length === 0 && data.total > 0 && query.page > 1) {
      update({ page: Math.ceil(data.total / query.pageSize) }, { replace: true });
    }
  }, [data, query.page, query.pageSize, update]);

  // Rows, an empty page or an error are on screen: what the first screen does not need may load.
  const settled = data !== undefined || list.isError;
  useEffect(() => {
    if (settled) markFirstDataShown();
  }, [settled]);

  // The likely next step (the next page) is fetched while the user reads this one, so "next
  // page" answers from the cache. Only once this page is in and painted, never competing with
  // it: the mock answers on this thread, so a prefetch sent at once would delay the paint.
  const nextPageExists = data !== undefined && query.page * query.pageSize < data.total;
  useEffect(() => {
    if (!nextPageExists || list.isFetching) return;
    const timer = setTimeout(() => {
      prefetchRows(toListArgs({ ...query, page: query.page + 1 }), { ifOlderThan: 30 });
    }, PREFETCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [nextPageExists, list.isFetching, query, prefetchRows]);

  return {
    /** The view as the URL says it: what the controls show and the rows are asked for. */
    query,
    list,
    change,
  };
}
