import { MAX_COMMENT_LENGTH, commentProblem, type ConnectionRequest } from '../../src/contract';
import { DomainError, invalidInput } from './errors';
import { requireObject, requireOneOf, requireString } from './input';
import { statusOf, toConnectionRequest } from './requests';
import type { RequestRecord } from './records';
import type { World } from './world';

const DECISIONS = ['approve', 'reject'] as const;

/**
 * Demo: the customer answers a pending request. R9: the comment is optional, at most 500
 * characters, stored exactly as given (plain text; the UI never renders it as markup).
 * A blank comment, or any comment on an approval, is stored as null.
 */
export function respondToRequest(world: World, body: unknown, now: number): ConnectionRequest {
  const input = requireObject(body);
  const requestId = requireString(input, 'requestId');
  const decision = requireOneOf(input.decision, DECISIONS, 'decision');
  const rawComment = input.comment;
  if (rawComment !== undefined && rawComment !== null) {
    if (typeof rawComment !== 'string' || commentProblem(rawComment) !== null) {
      throw invalidInput(
        'comment',
        `The comment is text of at most ${MAX_COMMENT_LENGTH} characters.`,
      );
    }
  }
  const request = world.request(requestId);
  if (!request) throw new DomainError('not_found', { field: 'requestId' });
  if (statusOf(request, now) !== 'pending') throw new DomainError('not_pending');
  const comment =
    decision === 'reject' && typeof rawComment === 'string' && rawComment.trim() !== ''
      ? rawComment
      : null;
  const answered: RequestRecord = {
    ...request,
    decision: decision === 'approve' ? 'approved' : 'rejected',
    respondedAt: now,
    comment,
  };
  world.replaceRequest(answered);
  return toConnectionRequest(world, answered, now);
}
