import { useCallback, useRef, useState } from 'react';
import { isApiError, isTransientError } from './api-error';
import type { ConnectionRequest, CreateConnectionRequest } from '../contract';
import { useCreateConnectionRequestMutation } from './send-api';

/**
 * Sends connection requests so that none is ever sent twice (R8):
 * - one Idempotency-Key per customer, kept when the attempt fails transiently (no response,
 *   502/503/504) so a retry cannot create a second request, dropped after any final answer;
 * - a second call for a customer whose request is still in flight gets the same promise
 *   (a double click sends once).
 * `sending` lists the customers with a request in flight, for disabling their buttons.
 */
export function useSendConnectionRequest() {
  const [create] = useCreateConnectionRequestMutation();
  const keys = useRef(new Map<string, string>());
  const inFlight = useRef(new Map<string, Promise<ConnectionRequest>>());
  const [sending, setSending] = useState<ReadonlySet<string>>(() => new Set());

  const send = useCallback(
    (body: CreateConnectionRequest): Promise<ConnectionRequest> => {
      const { customerId } = body;
      const running = inFlight.current.get(customerId);
      if (running) return running;

      const key = keys.current.get(customerId) ?? crypto.randomUUID();
      keys.current.set(customerId, key);
      setSending((current) => new Set(current).add(customerId));

      const promise = create({ body, idempotencyKey: key })
        .unwrap()
        .then(
          (created) => {
            keys.current.delete(customerId);
            return created;
          },
          (error: unknown) => {
            if (!(isApiError(error) && isTransientError(error))) keys.current.delete(customerId);
            throw error;
          },
        )
        .finally(() => {
          inFlight.current.delete(customerId);
          setSending((current) => {
            const next = new Set(current);
            next.delete(customerId);
            return next;
          });
        });
      inFlight.current.set(customerId, promise);
      return promise;
    },
    [create],
  );

  return { send, sending };
}
