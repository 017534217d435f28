import type { ConnectionRequest } from '../../../contract';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a row offers, derived from the request alone: the one place the row rules live. */
export type RowAction =
  /** Pending: the supplier may withdraw it (R12). */
  | { kind: 'withdraw' }
  /** Expired or withdrawn with attempts left: send again, as a system-initiated request. */
  | { kind: 'connect' }
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

export interface RowModel {
  action: RowAction;
  /** Only for pending requests. */
  daysLeft: number | null;
  /**
   * Only where another request may still matter (pending, expired, withdrawn): an approved
   * customer is connected and a rejection is final, so a count would only mislead.
   */
  attemptsLeft: number | null;
}

/** The action, days left and attempts left of one row. */
export function rowActions(request: ConnectionRequest, serverTime: string): RowModel {
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
      return attemptsLeft > 0 ? { kind: 'connect' } : { kind: 'noAttemptsLeft' };
  }
}
