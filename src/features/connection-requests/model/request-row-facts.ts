import { DAY_MS, type ConnectionRequest } from '../../../contract';

/** What a row offers, derived from the row alone: the one place the row rules live. */
export type RowAction =
  /** A suggestion: Connect (R7) or Not my customer (dismiss it for good). */
  | { kind: 'connectOrDismiss' }
  /** Pending: the supplier may withdraw it (R12). */
  | { kind: 'withdraw' }
  /** Expired or withdrawn with attempts left: send again, with the last contact or without. */
  | { kind: 'sendAgain' }
  /** Rejected is final: the customer has to invite the supplier instead. */
  | { kind: 'askForInvitation' }
  /** Expired or withdrawn, but all three requests are used up (R3). */
  | { kind: 'noAttemptsLeft' }
  /** Approved: nothing left to do. */
  | { kind: 'none' };

/**
 * Whole days until a pending request expires, counted against the server clock (R2), never the
 * browser's: the demo moves the server clock forward. A partial day counts as a day; never below 0.
 */
export function daysUntilExpiry(expiresAt: string, serverTime: string): number {
  const remaining = Date.parse(expiresAt) - Date.parse(serverTime);
  if (Number.isNaN(remaining)) return 0;
  return Math.max(0, Math.ceil(remaining / DAY_MS));
}

export interface RequestRowFacts {
  action: RowAction;
  /** Only for pending requests. */
  daysLeft: number | null;
  /**
   * Only where another request may still matter (pending, expired, withdrawn): an approved
   * customer is connected and a rejection is final, so a count would only mislead.
   */
  attemptsLeft: number | null;
}

/** The action, days left and attempts left of a request's row. */
export function requestRowFacts(request: ConnectionRequest, serverTime: string): RequestRowFacts {
  const { status, attemptsLeft } = request;
  const daysLeft = status === 'pending' ? daysUntilExpiry(request.expiresAt, serverTime) : null;
  const attemptsMatter = status !== 'approved' && status !== 'rejected';
  return {
    action: actionFor(request),
    daysLeft,
    attemptsLeft: attemptsMatter ? attemptsLeft : null,
  };
}

function actionFor({ status, attemptsLeft }: ConnectionRequest): RowAction {
  switch (status) {
    case 'pending':
      return { kind: 'withdraw' };
    case 'approved':
      return { kind: 'none' };
    case 'rejected':
      return { kind: 'askForInvitation' };
    case 'expired':
    case 'withdrawn':
      return attemptsLeft > 0 ? { kind: 'sendAgain' } : { kind: 'noAttemptsLeft' };
  }
}
