import type { ErrorBody, ErrorCode } from '../../src/contract';

/** The HTTP status each error code is answered with (openapi.yaml responses). */
const STATUS_BY_CODE: Record<ErrorCode, number> = {
  forbidden: 403,
  request_pending: 409,
  already_connected: 409,
  request_rejected: 409,
  request_limit_reached: 409,
  requests_disabled: 409,
  search_limit_reached: 429,
  invalid_query: 422,
  customer_not_found: 404,
  invalid_email: 422,
  captcha_failed: 422,
  not_confirmed: 422,
  not_pending: 409,
  not_connected: 409,
  not_found: 404,
  invalid_input: 422,
  nothing_to_merge: 409,
  service_unavailable: 503,
  idempotency_key_reused: 422,
  idempotency_key_in_flight: 409,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  storage_unavailable: 503,
  internal_error: 500,
};

/** English sentences for logs; the UI translates by code. */
const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  forbidden: 'Only administrators may do this.',
  request_pending: 'A request to this customer is already pending.',
  already_connected: 'This customer has already approved a request.',
  request_rejected: 'This customer rejected a request; ask the customer for an invitation.',
  request_limit_reached: 'Three requests were already sent to this customer.',
  requests_disabled: 'This customer does not accept supplier-initiated requests.',
  search_limit_reached: 'No search attempts left; contact support to reset them.',
  invalid_query: 'The search needs 2 to 100 characters, at least two letters or digits.',
  customer_not_found: 'No such customer.',
  invalid_email: 'The contact email is not a valid address of at most 254 characters.',
  captcha_failed: 'The reCAPTCHA did not verify or was already used.',
  not_confirmed: 'The confirmation is required.',
  not_pending: 'Only a pending request can be changed.',
  not_connected: 'This customer has not approved a request.',
  not_found: 'Not found.',
  invalid_input: 'The input is not valid.',
  nothing_to_merge: 'There is no duplicate account left to merge.',
  service_unavailable: 'The service is unavailable. Try again.',
  idempotency_key_reused: 'This Idempotency-Key was already used with a different request body.',
  idempotency_key_in_flight: 'A request with this Idempotency-Key is still being handled.',
  unsupported_media_type: 'The request body must be JSON, sent as application/json.',
  method_not_allowed: 'This method is not supported on this path.',
  storage_unavailable: 'The change could not be saved (storage is full or unavailable).',
  internal_error: 'An unexpected error occurred on the server.',
};

/** A rule violation: carries everything the HTTP layer needs to answer it. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly status: number;

  constructor(code: ErrorCode, options: { field?: string; message?: string } = {}) {
    super(options.message ?? DEFAULT_MESSAGES[code]);
    this.name = 'DomainError';
    this.code = code;
    this.field = options.field;
    this.status = STATUS_BY_CODE[code];
  }

  /** The one error JSON shape; `field` only when one input is at fault. */
  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.field === undefined ? {} : { field: this.field }),
      },
    };
  }
}

/** 422 `invalid_input` naming the field at fault. */
export function invalidInput(field: string, message?: string): DomainError {
  return new DomainError('invalid_input', {
    field,
    message: message ?? `The field "${field}" is not valid.`,
  });
}

export function errorBody(code: ErrorCode, message?: string): ErrorBody {
  return new DomainError(code, message === undefined ? {} : { message }).toBody();
}
