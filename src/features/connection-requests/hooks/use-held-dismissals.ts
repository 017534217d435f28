import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../app/api-error';
import type { SuggestionRowView } from '../model/rows';
import { useDismissSuggestionMutation } from '../suggestions-api';

export interface HeldDismissalsOptions {
  /** Where dismissals that could not be sent before the page went are kept for the next visit. */
  storageKey: string;
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

/** The customers whose dismissal left with a page that went away, or [] (storage may throw). */
function readOutbox(key: string): string[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(key) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function writeOutbox(key: string, customerIds: readonly string[]): void {
  try {
    if (customerIds.length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(customerIds));
  } catch {
    // No storage: the keepalive call is all there is.
  }
}

/**
 * "Not my customer" with Undo. The server has no un-dismiss (a dismissal is for good), so a
 * dismissal is held back while Undo is offered: the row leaves the table at once, the call goes
 * when the caller says so (its message has gone), or at once when the page is hidden or left
 * (`fetch` with keepalive, which the browser completes after the page). What leaves with the
 * page is also written down and sent again on the next visit, since a page that is going cannot
 * be sure its call arrived (a mock backend in the page cannot answer it at all). A failure puts
 * the row back; "not found" means it is already gone. `hidden` holds the rows held back or
 * dismissed, which the table leaves out.
 */
export function useHeldDismissals({ storageKey, onFailed, onSentEarly }: HeldDismissalsOptions) {
  const [dismiss] = useDismissSuggestionMutation();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(readOutbox(storageKey)));
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

  /** The call itself; resolves once it is answered: true when the suggestion is gone. */
  const call = useCallback(
    (customerId: string, keepalive: boolean) =>
      dismiss({ customerId, keepalive })
        .unwrap()
        .then(
          () => true,
          (error: unknown) => {
            if (isApiError(error) && error.status === 404) return true;
            throw error;
          },
        )
        .finally(() => {
          writeOutbox(
            storageKey,
            readOutbox(storageKey).filter((id) => id !== customerId),
          );
        }),
    [dismiss, storageKey],
  );

  const send = useCallback(
    (customerId: string, keepalive: boolean) => {
      const row = held.current.get(customerId);
      if (row === undefined) return;
      held.current.delete(customerId);
      call(customerId, keepalive).catch((error: unknown) => {
        setShown(customerId, true);
        latest.current.onFailed(row, error);
      });
    },
    [call, setShown],
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

  // What the last visit could not be sure of sending: sent now (its rows stay out meanwhile).
  useEffect(() => {
    for (const customerId of readOutbox(storageKey)) {
      call(customerId, false).then(
        () => undefined,
        () => setShown(customerId, true),
      );
    }
  }, [storageKey, call, setShown]);

  // Hidden (another tab, minimised, closing) or gone: nothing held back may be lost.
  useEffect(() => {
    const waiting = held.current;
    const sendAll = (early: boolean) => {
      if (waiting.size === 0) return;
      const customerIds = [...waiting.keys()];
      writeOutbox(storageKey, [...new Set([...readOutbox(storageKey), ...customerIds])]);
      for (const customerId of customerIds) send(customerId, true);
      if (early) latest.current.onSentEarly();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') sendAll(true);
    };
    const onPageHide = () => sendAll(true);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      sendAll(false);
    };
  }, [send, storageKey]);

  return { hidden, hold };
}
