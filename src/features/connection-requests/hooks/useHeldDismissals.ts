import { useCallback, useEffect, useRef, useState } from 'react';
import type { SuggestionRowView } from '../model/rows';
import { useDismissSuggestionMutation } from '../suggestions-api';

export interface HeldDismissalsOptions {
  /** The server refused a dismissal: the row is back in the table; say why. */
  onFailed: (row: SuggestionRowView, error: unknown) => void;
  /** The page was hidden or left while dismissals were held: they were sent, Undo is over. */
  onSentEarly: () => void;
}

export interface HeldDismissal {
  /** Puts the row back; false when it was already sent. */
  undo: () => boolean;
  /** Sends the dismissal now (when its Undo is no longer offered); once. */
  send: () => void;
}

/**
 * "Not my customer" with Undo. The server has no un-dismiss (a dismissal is for good), so a
 * dismissal is held back while Undo is offered: the row leaves the table at once, the call goes
 * when the caller says so (its message has gone), or at once when the page is hidden or left
 * (`fetch` with keepalive, which the browser completes after the page). A failure puts the row
 * back. `hidden` holds the rows held back or dismissed, which the table leaves out.
 */
export function useHeldDismissals({ onFailed, onSentEarly }: HeldDismissalsOptions) {
  const [dismiss] = useDismissSuggestionMutation();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const held = useRef(new Map<string, SuggestionRowView>());
  const latest = useRef({ onFailed, onSentEarly });
  useEffect(() => {
    latest.current = { onFailed, onSentEarly };
  }, [onFailed, onSentEarly]);

  const setShown = useCallback((customerId: string, shown: boolean) => {
    setHidden((current) => {
      if (current.has(customerId) !== shown) return current;
      const next = new Set(current);
      if (shown) next.delete(customerId);
      else next.add(customerId);
      return next;
    });
  }, []);

  const send = useCallback(
    (customerId: string, keepalive: boolean) => {
      const row = held.current.get(customerId);
      if (row === undefined) return;
      held.current.delete(customerId);
      dismiss({ customerId, keepalive })
        .unwrap()
        .catch((error: unknown) => {
          setShown(customerId, true);
          latest.current.onFailed(row, error);
        });
    },
    [dismiss, setShown],
  );

  const hold = useCallback(
    (row: SuggestionRowView): HeldDismissal => {
      const { customerId } = row;
      held.current.set(customerId, row);
      setShown(customerId, false);
      return {
        undo: () => {
          if (!held.current.delete(customerId)) return false;
          setShown(customerId, true);
          return true;
        },
        send: () => send(customerId, false),
      };
    },
    [send, setShown],
  );

  // Hidden (another tab, minimised, closing) or gone: nothing held back may be lost.
  useEffect(() => {
    const waiting = held.current;
    const sendAll = () => {
      if (waiting.size === 0) return;
      for (const customerId of [...waiting.keys()]) send(customerId, true);
      latest.current.onSentEarly();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') sendAll();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', sendAll);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', sendAll);
      for (const customerId of [...waiting.keys()]) send(customerId, true);
    };
  }, [send]);

  return { hidden, hold };
}
