import { describe, expect, it } from 'vitest';
import type { ApiError } from './api-error';
import { captchaTokenSurvives, sendErrorPlace } from './send-errors';

const error = (status: number, code: ApiError['code'], field?: string): ApiError => ({
  status,
  code,
  message: code,
  ...(field === undefined ? {} : { field }),
});

describe('sendErrorPlace', () => {
  it.each([
    [error(422, 'invalid_email', 'contactEmail'), 'email'],
    [error(422, 'invalid_input', 'contactEmail'), 'email'],
    [error(422, 'captcha_failed', 'captchaToken'), 'captcha'],
    [error(422, 'not_confirmed', 'confirmed'), 'confirmation'],
    [error(409, 'request_pending'), 'dialog'],
    [error(409, 'requests_disabled'), 'dialog'],
    [error(404, 'customer_not_found', 'customerId'), 'dialog'],
    [error(503, 'service_unavailable'), 'dialog'],
    [error(0, 'network_error'), 'dialog'],
  ])('%o goes to the %s', (apiError, place) => {
    expect(sendErrorPlace(apiError)).toBe(place);
  });
});

describe("captchaTokenSurvives: openapi.yaml's order of checks", () => {
  it.each([
    [error(503, 'service_unavailable'), true],
    [error(0, 'network_error'), true],
    [error(422, 'invalid_email', 'contactEmail'), true],
    [error(409, 'already_connected'), true],
    [error(404, 'customer_not_found'), true],
    [error(409, 'requests_disabled'), true],
    [error(422, 'idempotency_key_reused'), true],
    [error(422, 'invalid_input', 'origin'), true],
    [error(422, 'invalid_input', 'captchaToken'), false],
    [error(422, 'captcha_failed', 'captchaToken'), false],
    [error(422, 'not_confirmed', 'confirmed'), false],
    [error(500, 'unexpected'), false],
    [error(500, 'internal_error'), false],
  ])('%o → %s', (apiError, survives) => {
    expect(captchaTokenSurvives(apiError)).toBe(survives);
  });
});
