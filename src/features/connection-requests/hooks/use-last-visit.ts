import { useEffect, useState } from 'react';

const storageKey = (supplierId: string) => `cr.lastVisit.${supplierId}`;

function readLastVisit(supplierId: string): string | null {
  try {
    const stored = window.localStorage.getItem(storageKey(supplierId));
    return stored !== null && !Number.isNaN(Date.parse(stored)) ? stored : null;
  } catch {
    return null; // Storage blocked (privacy mode): behave as a first visit.
  }
}

/**
 * The time of the previous visit to this page for this supplier (null on the first), read once
 * on mount; the stored time then moves to `now`. `now` is the server time, because answers carry
 * server timestamps and the demo moves the server clock.
 */
export function useLastVisit(supplierId: string, now: string): string | null {
  const [previous] = useState(() => readLastVisit(supplierId));
  useEffect(() => {
    try {
      window.localStorage.setItem(storageKey(supplierId), now);
    } catch {
      // Not remembering a visit is harmless.
    }
  }, [supplierId, now]);
  return previous;
}
