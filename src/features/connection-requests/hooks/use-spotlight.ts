import { useEffect, useMemo, useRef, type RefObject } from 'react';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { TableQuery } from '../model/table-query';
import { findRow, rowControl } from './use-row-focus';

/** What Show asks for: the rows of these customers, brought into view and highlighted. */
export interface Spotlight {
  /** New for every Show, so the same rows can be shown twice. */
  id: number;
  customerIds: readonly string[];
  /** The first customer's name: filtered for when its row is not in this view, and announced. */
  customerName: string;
}

export interface SpotlightOptions {
  spotlight: Spotlight | null;
  container: RefObject<HTMLElement | null>;
  /** The rows on screen belong to `query` and no newer answer is on its way. */
  settled: boolean;
  /** The rows on screen (a change means the search may find them now). */
  rows: unknown;
  query: TableQuery;
  change: (next: Partial<TableQuery>) => void;
  /** Tells screen readers what happened. */
  say: (found: boolean, customerName: string) => void;
}

/**
 * Show: scrolls to the row (its first action gets focus) and highlights it for a moment. A row
 * not in this view (another page, filtered out) is looked for by its name, all statuses, page 1.
 * Returns the customers whose rows are highlighted.
 */
export function useSpotlight({
  spotlight,
  container,
  settled,
  rows,
  query,
  change,
  say,
}: SpotlightOptions): ReadonlySet<string> {
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const done = useRef<number | null>(null);
  const filtered = useRef<number | null>(null);

  useEffect(() => {
    const root = container.current;
    if (spotlight === null || done.current === spotlight.id || !settled || root === null) return;
    const row = spotlight.customerIds
      .map((customerId) => findRow(root, customerId))
      .find((candidate) => candidate !== null);
    if (row !== undefined) {
      done.current = spotlight.id;
      row.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
      rowControl(row).focus({ preventScroll: true });
      say(true, spotlight.customerName);
      return;
    }
    const byName = { q: spotlight.customerName, status: null, page: 1 } as const;
    const alreadyByName =
      query.q === byName.q && query.status === byName.status && query.page === byName.page;
    if (filtered.current !== spotlight.id && !alreadyByName) {
      filtered.current = spotlight.id;
      change(byName);
      return;
    }
    done.current = spotlight.id;
    say(false, spotlight.customerName);
  }, [spotlight, container, settled, rows, query, change, say, reduceMotion]);

  return useMemo(() => new Set(spotlight?.customerIds ?? []), [spotlight]);
}
