/**
 * Sending a request (R3, R6, R7, R11), in the order of checks openapi.yaml states for
 * `POST /connection-requests`. R8's replay of an Idempotency-Key wraps this (idempotency.ts).
 */
import {
  characterCount,
  contactEmailProblem,
  type ConnectionRequest,
  type RequestOrigin,
} from '../../src/contract';
import { MAX_CAPTCHA_TOKEN_LENGTH, verifyCaptcha } from './captcha';
import { DomainError, invalidInput } from './errors';
import { requireObject, requireOneOf } from './input';
import type { RequestRecord } from './records';
import { assertCanRequest, attemptsUsed, toConnectionRequest } from './requests';
import type { World } from './world';

const ORIGINS: readonly RequestOrigin[] = ['suggestion', 'search'];

type CreateInput =
  | { origin: 'suggestion'; customerId: string }
  | {
      origin: 'search';
      customerId: string;
      contactEmail: string;
      captchaToken: string;
      confirmed: boolean;
    };

function optionalOfType<T>(
  body: Record<string, unknown>,
  field: string,
  type: 'string' | 'boolean',
  fallback: T,
): T {
  const value = body[field];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== type) throw invalidInput(field, `"${field}" must be a ${type}.`);
  return value as T;
}

/** Shape check only (wrong types, an oversized token → 422 invalid_input); the rules come later. */
function parseCreateBody(body: unknown): CreateInput {
  const input = requireObject(body);
  const customerId = input.customerId;
  if (typeof customerId !== 'string' || customerId.trim() === '') {
    throw invalidInput('customerId', '"customerId" must be a non-empty string.');
  }
  const origin = requireOneOf(input.origin, ORIGINS, 'origin');
  if (origin === 'suggestion') return { origin, customerId };
  const captchaToken = optionalOfType(input, 'captchaToken', 'string', '');
  if (characterCount(captchaToken) > MAX_CAPTCHA_TOKEN_LENGTH) {
    throw invalidInput(
      'captchaToken',
      `"captchaToken" has at most ${MAX_CAPTCHA_TOKEN_LENGTH} characters.`,
    );
  }
  return {
    origin,
    customerId,
    contactEmail: optionalOfType(input, 'contactEmail', 'string', ''),
    captchaToken,
    confirmed: optionalOfType(input, 'confirmed', 'boolean', false),
  };
}

/**
 * Sends a request. Order of checks: shape (422 invalid_input), customer exists (404), R11 (409),
 * R3 (409: approved, pending, rejected, limit), then for a search the fields in form order:
 * email, captcha, confirmation (422). Conflicts and the email come before the captcha, so a
 * request that cannot succeed for those never uses up a token; a token that verifies is used up
 * even when the confirmation then fails. The UI relies on this order (src/app/send-errors.ts).
 */
export function createRequest(world: World, body: unknown, now: number): ConnectionRequest {
  const input = parseCreateBody(body);
  assertCanRequest(world, input.customerId, now);
  let contactEmail: string | null = null;
  if (input.origin === 'search') {
    if (contactEmailProblem(input.contactEmail) !== null) {
      throw new DomainError('invalid_email', { field: 'contactEmail' });
    }
    verifyCaptcha(world, input.captchaToken, now);
    if (!input.confirmed) throw new DomainError('not_confirmed', { field: 'confirmed' });
    contactEmail = input.contactEmail.trim();
  }
  const record: RequestRecord = {
    id: world.nextRequestId(),
    customerId: input.customerId,
    origin: input.origin,
    contactEmail,
    sentAt: now,
    decision: null,
    respondedAt: null,
    withdrawnAt: null,
    comment: null,
    attempt: attemptsUsed(world, input.customerId) + 1,
  };
  world.addRequest(record);
  return toConnectionRequest(world, record, now);
}
