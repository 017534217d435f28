import { useCallback, useRef, useState } from 'react';
import type { SuggestionRowView } from '../model/rows';
import { useDismissSuggestionMutation } from '../suggestions-api';

export interface DismissOutcome {
  onDismissed: (row: SuggestionRowView) => void;
  onFailed: (row: SuggestionRowView, error: unknown) => void;
}

/**
 * Not my customer: ask, then dismiss for good, once. While the dialog is open the rest of the page
 * is aria-hidden, so the outcome is reported only once the dialog has closed (`onExited`).
 */
export function useDismissSuggestion({ onDismissed, onFailed }: DismissOutcome) {
  const [dismiss] = useDismissSuggestionMutation();
  const [target, setTarget] = useState<SuggestionRowView | null>(null);
  const [open, setOpen] = useState(false);
  const [dismissing, setDismissing] = useState(false);
  const guard = useRef(false);
  const afterExit = useRef<(() => void) | null>(null);

  const ask = useCallback((row: SuggestionRowView) => {
    guard.current = false;
    setTarget(row);
    setOpen(true);
  }, []);

  const confirm = async () => {
    if (target === null || guard.current) return;
    guard.current = true;
    setDismissing(true);
    try {
      await dismiss(target.customerId).unwrap();
      afterExit.current = () => onDismissed(target);
    } catch (error: unknown) {
      afterExit.current = () => onFailed(target, error);
    } finally {
      // The guard stays up until the dialog is opened again: the late second click of a double
      // click can land while the dialog closes, after the first dismissal has been answered.
      setDismissing(false);
      setOpen(false);
    }
  };

  return {
    /** The suggestion asked about; kept while the dialog closes so its text does not flicker. */
    target,
    open,
    dismissing,
    ask,
    confirm,
    cancel: () => setOpen(false),
    onExited: () => {
      afterExit.current?.();
      afterExit.current = null;
    },
  };
}
