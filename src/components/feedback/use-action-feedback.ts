import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The one rule for the outcome of an action: a success may hide after this long (the change is
 * on the page anyway); an error stays until the user closes it (WCAG 2.2.1). While the pointer
 * is on the message or focus is in it, it does not hide.
 */
export const SUCCESS_HIDE_MS = 8000;

type FeedbackSeverity = 'success' | 'error';

export interface FeedbackAction {
  /** The button's visible text: "Show", "Undo", "Retry". */
  label: string;
  /** Its accessible name when the label alone says too little ("Show Müller Logistik GmbH"). */
  accessibleName?: string;
  /** Runs on a click; the message closes afterwards. */
  onClick: () => void;
}

export interface FeedbackInput {
  severity: FeedbackSeverity;
  /** One sentence that names what happened and to whom. */
  text: string;
  /** Lines under the sentence, e.g. each failure of a bulk action by name. */
  details?: readonly string[];
  action?: FeedbackAction;
  /** Runs once when the message leaves the screen: timed out, closed, replaced or unmounted. */
  onLeave?: () => void;
}

export interface FeedbackMessage extends Omit<FeedbackInput, 'onLeave'> {
  /** New for every message, so an equal message is shown (and announced) again. */
  id: number;
}

export interface ActionFeedbackState {
  /** The message on screen, or null. */
  message: FeedbackMessage | null;
  /** Shows a message in place of the current one (which leaves); returns its id. */
  announce: (input: FeedbackInput) => number;
  /** Closes the message with this id, if it is still the one on screen. */
  close: (id: number) => void;
}

/** One message at a time for a whole page: its actions' outcomes, shown by ActionFeedback. */
export function useActionFeedback(): ActionFeedbackState {
  const [message, setMessage] = useState<FeedbackMessage | null>(null);
  const current = useRef<{ id: number; onLeave: (() => void) | undefined } | null>(null);
  const lastId = useRef(0);

  const leave = useCallback(() => {
    const leaving = current.current;
    current.current = null;
    leaving?.onLeave?.();
  }, []);

  const announce = useCallback(
    ({ onLeave, ...shown }: FeedbackInput) => {
      leave();
      lastId.current += 1;
      const id = lastId.current;
      current.current = { id, onLeave };
      setMessage({ id, ...shown });
      return id;
    },
    [leave],
  );

  const close = useCallback(
    (id: number) => {
      if (current.current?.id !== id) return;
      leave();
      setMessage((shown) => (shown?.id === id ? null : shown));
    },
    [leave],
  );

  // A message still on screen when the page goes (e.g. a held-back action) leaves with it.
  useEffect(() => leave, [leave]);

  return { message, announce, close };
}
