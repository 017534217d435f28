import { useCallback } from 'react';
import { useErrorMessage } from '../../app/use-error-message';
import { useActionFeedback } from '../../components/feedback';

/**
 * Runs a demo call and turns its outcome into the panel's one message (ActionFeedback): the
 * given sentence on success, the translated error otherwise. `run` resolves true on success.
 */
export function useDemoFeedback() {
  const { message, announce, close } = useActionFeedback();
  const errorMessage = useErrorMessage();

  const run = useCallback(
    async <T>(call: () => Promise<T>, describe: (result: T) => string): Promise<boolean> => {
      try {
        const result = await call();
        announce({ severity: 'success', text: describe(result) });
        return true;
      } catch (error: unknown) {
        announce({ severity: 'error', text: errorMessage(error) });
        return false;
      }
    },
    [announce, errorMessage],
  );

  return { message, run, close };
}
