import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { ACTIONS_ATTRIBUTE, ROW_ATTRIBUTE } from '../components/row-look';

/** The row (table row or card) of a customer inside `container`, if it is on screen. */
export function findRow(container: HTMLElement, customerId: string): HTMLElement | null {
  for (const row of container.querySelectorAll<HTMLElement>(`[${ROW_ATTRIBUTE}]`)) {
    if (row.getAttribute(ROW_ATTRIBUTE) === customerId) return row;
  }
  return null;
}

/** A row's first action that can be used now, else the row itself. */
export function rowControl(row: HTMLElement): HTMLElement {
  return row.querySelector<HTMLElement>(`[${ACTIONS_ATTRIBUTE}] button:not(:disabled)`) ?? row;
}

/**
 * Where keyboard focus goes after an action: to the first of the given rows still on screen (its
 * first action, else the row), else to the fallback (the section's heading) — never <body>.
 */
export function useRowFocus(
  container: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
) {
  const pending = useRef<readonly (string | undefined)[] | null>(null);
  const [, setRequests] = useState(0);

  /** Moves focus after the next render, when the rows show the action's outcome. */
  const focusRows = useCallback((customerIds: readonly (string | undefined)[]) => {
    pending.current = customerIds;
    setRequests((count) => count + 1);
  }, []);

  /**
   * A running action disables its row's buttons, which drops their focus to <body>: focus waits
   * on the row instead until the outcome moves it on.
   */
  const holdFocus = useCallback((customerId: string) => {
    const row = document.activeElement?.closest<HTMLElement>(`[${ROW_ATTRIBUTE}]`);
    if (row?.getAttribute(ROW_ATTRIBUTE) === customerId) row.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const targets = pending.current;
    const root = container.current;
    if (targets === null || root === null) return;
    pending.current = null;
    for (const customerId of targets) {
      const row = customerId === undefined ? null : findRow(root, customerId);
      if (row !== null) {
        rowControl(row).focus();
        return;
      }
    }
    fallback.current?.focus();
  });

  return { focusRows, holdFocus };
}
