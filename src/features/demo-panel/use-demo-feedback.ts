import { useCallback, useRef, useState } from 'react';
import { useErrorMessage } from '../../app/use-error-message';
import type { Feedback } from './components/feedback-snackbar';

/**
 * Runs a demo call and turns its outcome into one feedback message: the given sentence on
 * success, the translated error otherwise. `run` resolves true when the call succeeded.
 */
export function useDemoFeedback() {
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const errorMessage = useErrorMessage();
  const nextId = useRef(0);

  const run = useCallback(
    async <T>(call: () => Promise<T>, describe: (result: T) => string): Promise<boolean> => {
      nextId.current += 1;
      const id = nextId.current;
      try {
        const result = await call();
        setFeedback({ severity: 'success', message: describe(result), id });
        return true;
      } catch (error: unknown) {
        setFeedback({ severity: 'error', message: errorMessage(error), id });
        return false;
      }
    },
    [errorMessage],
  );

  const dismiss = useCallback(() => setFeedback(null), []);
  return { feedback, run, dismiss };
}
