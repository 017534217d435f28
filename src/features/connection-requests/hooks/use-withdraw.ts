import { useCallback, useRef, useState } from 'react';
import type { ConnectionRequest } from '../../../contract';
import type { RequestRowView } from '../model/rows';
import { useWithdrawConnectionRequestMutation } from '../api';

export interface WithdrawOutcome {
  /** The request as the server answered: withdrawn. */
  onWithdrawn: (row: RequestRowView, request: ConnectionRequest) => void;
  onFailed: (row: RequestRowView, error: unknown) => void;
}

/** Withdraw a pending request (R12) after a confirmation, once however often confirm is clicked. */
export function useWithdraw({ onWithdrawn, onFailed }: WithdrawOutcome) {
  const [withdraw, state] = useWithdrawConnectionRequestMutation();
  const [target, setTarget] = useState<RequestRowView | null>(null);
  // A ref, not state: a double click reaches the handler twice before a re-render disables it.
  const running = useRef(false);

  const ask = useCallback((row: RequestRowView) => setTarget(row), []);
  const cancel = useCallback(() => setTarget(null), []);

  const confirm = async () => {
    if (target === null || running.current) return;
    running.current = true;
    try {
      const withdrawn = await withdraw(target.request.id).unwrap();
      onWithdrawn(target, withdrawn);
    } catch (error: unknown) {
      onFailed(target, error);
    } finally {
      running.current = false;
      setTarget(null);
    }
  };

  return {
    target,
    withdrawing: state.isLoading,
    /** The customer whose request is being withdrawn, to disable its row. */
    busyCustomerId: state.isLoading && target !== null ? target.customerId : null,
    ask,
    confirm,
    cancel,
  };
}
