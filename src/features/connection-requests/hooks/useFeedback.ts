import { useCallback, useRef, useState } from 'react';

export interface Feedback {
  /** A new key per message: the snackbar starts over instead of keeping the last one's timer. */
  key: number;
  severity: 'success' | 'error';
  message: string;
}

/** The outcome of the latest row action, for the section's snackbar (kept while it fades out). */
export function useFeedback() {
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [open, setOpen] = useState(false);
  const key = useRef(0);
  const announce = useCallback((severity: Feedback['severity'], message: string) => {
    key.current += 1;
    setFeedback({ key: key.current, severity, message });
    setOpen(true);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  return { feedback, open, announce, close };
}
