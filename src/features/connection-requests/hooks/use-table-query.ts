import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatTableQuery, parseTableQuery, type TableQuery } from '../model/table-query';

// pushState/replaceState fire no event; this one tells subscribers the view changed.
const VIEW_CHANGED = 'cr:viewchange';

/**
 * A view chosen but not yet written to the URL. Writing history is a synchronous call into the
 * browser (1–6 ms in Chromium, more under load) that nothing on screen needs: the rows render
 * from this at once and the URL follows when the browser is idle. It counts only while the URL is still
 * the one it was chosen on: back/forward, or anyone else writing the URL, wins over it.
 */
let pending: { search: string; base: string; push: boolean } | null = null;
let flushScheduled = false;

const urlOf = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

function readSearch(): string {
  if (pending !== null && pending.base !== window.location.search) pending = null;
  return pending?.search ?? window.location.search;
}

/** Writes the pending view to the URL: one history entry however many changes it gathered. */
function flush() {
  flushScheduled = false;
  if (pending === null) return;
  const { search, base, push } = pending;
  pending = null;
  if (base !== window.location.search) return;
  if (push) window.history.pushState(window.history.state, '', urlOf(search));
  else window.history.replaceState(window.history.state, '', urlOf(search));
}

/**
 * When the browser is idle: after the rows' paint and whatever else that frame queued. (Safari
 * has no requestIdleCallback: a short timer there.)
 */
function scheduleFlush() {
  if (flushScheduled) return;
  flushScheduled = true;
  if ('requestIdleCallback' in window) requestIdleCallback(flush, { timeout: 500 });
  else setTimeout(flush, 50);
}

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(VIEW_CHANGED, onChange);
  // A reload or a link followed right after a change still keeps the view.
  window.addEventListener('pagehide', flush);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(VIEW_CHANGED, onChange);
    window.removeEventListener('pagehide', flush);
  };
}

/**
 * The table's view, kept in the URL query string (no router): a reload or a shared link shows
 * the same view, and back/forward (popstate) move between views.
 */
export function useTableQuery() {
  const search = useSyncExternalStore(subscribe, readSearch, () => '');
  const query = useMemo(() => parseTableQuery(search), [search]);

  /**
   * Merges a change into the view; `replace` keeps it out of the back/forward history. Returns
   * the new view, or null when the change left it as it was.
   */
  const update = useCallback(
    (change: Partial<TableQuery>, options: { replace?: boolean } = {}): TableQuery | null => {
      const current = readSearch();
      const formatted = formatTableQuery({ ...parseTableQuery(current), ...change });
      const nextSearch = formatted === '' ? '' : `?${formatted}`;
      if (nextSearch === current) return null;
      pending = {
        search: nextSearch,
        base: window.location.search,
        push: (pending?.push ?? false) || options.replace !== true,
      };
      scheduleFlush();
      window.dispatchEvent(new Event(VIEW_CHANGED));
      return parseTableQuery(nextSearch);
    },
    [],
  );

  return { query, update };
}
