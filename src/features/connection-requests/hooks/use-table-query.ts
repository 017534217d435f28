import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatTableQuery, parseTableQuery, type TableQuery } from '../model/table-query';

// pushState/replaceState fire no event; this one tells subscribers the URL changed.
const URL_CHANGED = 'cr:urlchange';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGED, onChange);
  };
}

const readSearch = () => window.location.search;

/**
 * The table's view, kept in the URL query string (no router): a reload or a shared link shows
 * the same view, and back/forward (popstate) move between views.
 */
export function useTableQuery() {
  const search = useSyncExternalStore(subscribe, readSearch, () => '');
  const query = useMemo(() => parseTableQuery(search), [search]);

  /**
   * Merges a change into the view; `replace` keeps it out of the back/forward history. Returns
   * the new view as the URL now says it, or null when the change left the URL as it was.
   */
  const update = useCallback(
    (change: Partial<TableQuery>, options: { replace?: boolean } = {}): TableQuery | null => {
      const next = { ...parseTableQuery(window.location.search), ...change };
      const formatted = formatTableQuery(next);
      const url = `${window.location.pathname}${formatted === '' ? '' : `?${formatted}`}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        return null;
      }
      if (options.replace === true) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(window.history.state, '', url);
      window.dispatchEvent(new Event(URL_CHANGED));
      return parseTableQuery(formatted);
    },
    [],
  );

  return { query, update };
}
