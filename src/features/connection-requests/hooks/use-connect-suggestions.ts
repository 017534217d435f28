import { useCallback, useRef, useState } from 'react';
import type { ConnectionRequest, CreateConnectionRequest, Suggestion } from '../../../contract';

export interface BulkConnectResult {
  succeeded: { suggestion: Suggestion; request: ConnectionRequest }[];
  failures: { suggestion: Suggestion; error: unknown }[];
}

/**
 * Connect one suggestion (R7: only the customer, origin "suggestion") or several at once, each as
 * its own request. `send` is the table's useSendConnectionRequest, so a double click sends once.
 */
export function useConnectSuggestions(
  send: (body: CreateConnectionRequest) => Promise<ConnectionRequest>,
) {
  const [bulkRunning, setBulkRunning] = useState(false);
  // State lags a render behind; the ref stops a second bulk run started in the same tick.
  const bulkGuard = useRef(false);

  const connect = useCallback(
    (suggestion: Suggestion): Promise<ConnectionRequest> =>
      send({ customerId: suggestion.customerId, origin: 'suggestion' }),
    [send],
  );

  const connectMany = useCallback(
    async (suggestions: readonly Suggestion[]): Promise<BulkConnectResult | null> => {
      if (bulkGuard.current) return null;
      bulkGuard.current = true;
      setBulkRunning(true);
      try {
        // In parallel: each is independent, and a page holds at most 100.
        const outcomes = await Promise.allSettled(suggestions.map(connect));
        const result: BulkConnectResult = { succeeded: [], failures: [] };
        outcomes.forEach((outcome, index) => {
          const suggestion = suggestions[index];
          if (suggestion === undefined) return;
          if (outcome.status === 'fulfilled') {
            result.succeeded.push({ suggestion, request: outcome.value });
          } else result.failures.push({ suggestion, error: outcome.reason });
        });
        return result;
      } finally {
        bulkGuard.current = false;
        setBulkRunning(false);
      }
    },
    [connect],
  );

  return { connect, connectMany, bulkRunning };
}
