/**
 * A supplier's requests to one customer: the status of each (R2), the attempts used (R3), where
 * the customer stands (R3, R11), the history, and withdrawing (R12). Each is computed here once;
 * the list, the search, the merge and the demo read them from here.
 */
import { MAX_ATTEMPTS, type ConnectionRequest, type RequestStatus } from '../../src/contract';
import { expiresAt, toIso } from './clock';
import { DomainError } from './errors';
import type { RequestRecord } from './records';
import type { World } from './world';

// ---------------------------------------------------------------------------------------------
// Status (R2) and the wire shape

/** The status of an answered or withdrawn request, which no clock changes; null while open. */
export function settledStatus(request: RequestRecord): RequestStatus | null {
  if (request.withdrawnAt !== null) return 'withdrawn';
  return request.decision;
}

/**
 * R2, the one place its boundary is drawn: an open request is pending until its expiry instant
 * (`expiresAt`) and expired from that very millisecond on.
 */
export function openStatus(expiry: number, now: number): 'pending' | 'expired' {
  return now >= expiry ? 'expired' : 'pending';
}

/** R2 and the answers: the status is derived at read time, so moving the clock moves it. */
export function statusOf(request: RequestRecord, now: number): RequestStatus {
  return settledStatus(request) ?? openStatus(expiresAt(request.sentAt), now);
}

/**
 * R3: how many of the customer's three attempts are used — the highest attempt so far, or the
 * number of requests sent when that is more (withdrawn ones count). The next request is attempt
 * `attemptsUsed + 1`, `attemptsLeft` is what remains, and the limit is reached at three.
 */
export function attemptsUsed(world: World, customerId: string): number {
  const requests = world.requestsTo(customerId);
  let highest = 0;
  for (const request of requests) highest = Math.max(highest, request.attempt);
  return Math.max(highest, requests.length);
}

export function toConnectionRequest(
  world: World,
  request: RequestRecord,
  now: number,
): ConnectionRequest {
  return {
    id: request.id,
    customerId: request.customerId,
    customerName: world.customer(request.customerId)?.name ?? request.customerId,
    status: statusOf(request, now),
    origin: request.origin,
    contactEmail: request.contactEmail,
    sentAt: toIso(request.sentAt),
    expiresAt: toIso(expiresAt(request.sentAt)),
    respondedAt: request.respondedAt === null ? null : toIso(request.respondedAt),
    comment: request.comment,
    attempt: request.attempt,
    attemptsLeft: Math.max(0, MAX_ATTEMPTS - attemptsUsed(world, request.customerId)),
  };
}

// ---------------------------------------------------------------------------------------------
// R3: where a customer stands

export interface Standing {
  approved: boolean;
  pending: boolean;
  rejected: boolean;
  /** All three attempts are used (see attemptsUsed). */
  limitReached: boolean;
}

export function standingOf(world: World, customerId: string, now: number): Standing {
  const statuses = new Set(world.requestsTo(customerId).map((request) => statusOf(request, now)));
  return {
    approved: statuses.has('approved'),
    pending: statuses.has('pending'),
    rejected: statuses.has('rejected'),
    limitReached: attemptsUsed(world, customerId) >= MAX_ATTEMPTS,
  };
}

/** R3 (and R11) in the documented order; throws the first violation. */
export function assertCanRequest(world: World, customerId: string, now: number): void {
  const customer = world.customer(customerId);
  if (!customer) throw new DomainError('customer_not_found', { field: 'customerId' });
  if (customer.requestsDisabled) throw new DomainError('requests_disabled');
  const standing = standingOf(world, customerId, now);
  if (standing.approved) throw new DomainError('already_connected');
  if (standing.pending) throw new DomainError('request_pending');
  if (standing.rejected) throw new DomainError('request_rejected');
  if (standing.limitReached) throw new DomainError('request_limit_reached');
}

// ---------------------------------------------------------------------------------------------
// One request: history and withdraw (R12)

function requireRequest(world: World, id: string): RequestRecord {
  const request = world.request(id);
  if (!request) throw new DomainError('not_found', { message: `No request with id "${id}".` });
  return request;
}

/** Every request to that request's customer, newest first. */
export function historyOf(world: World, id: string, now: number): ConnectionRequest[] {
  const request = requireRequest(world, id);
  return [...world.requestsTo(request.customerId)]
    .reverse()
    .map((r) => toConnectionRequest(world, r, now));
}

/** R12: only a pending request can be withdrawn (else 409 `not_pending`). */
export function withdrawRequest(world: World, id: string, now: number): ConnectionRequest {
  const request = requireRequest(world, id);
  if (statusOf(request, now) !== 'pending') throw new DomainError('not_pending');
  const withdrawn: RequestRecord = { ...request, withdrawnAt: now };
  world.replaceRequest(withdrawn);
  return toConnectionRequest(world, withdrawn, now);
}
