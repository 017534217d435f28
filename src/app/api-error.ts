import type { FetchBaseQueryError } from '@reduxjs/toolkit/query';
import type { ErrorBody, ErrorCode } from '../contract';

/** The one error shape the UI handles; every endpoint's errors are mapped into it. */
export interface ApiError {
  /** HTTP status, or 0 when no response arrived (network failure, timeout). */
  status: number;
  /** The server's code, or `network_error` / `unexpected` when it sent none. */
  code: ErrorCode | 'network_error' | 'unexpected';
  message: string;
  field?: string;
}

/** An object with a string `code` and a `message`: the core of the wire error and of ApiError. */
function hasCodeAndMessage(value: unknown): value is { code: string; message: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    typeof value.code === 'string' &&
    'message' in value
  );
}

function isErrorBody(data: unknown): data is ErrorBody {
  if (typeof data !== 'object' || data === null || !('error' in data)) return false;
  const { error } = data;
  return hasCodeAndMessage(error) && typeof error.message === 'string';
}

export function toApiError(error: FetchBaseQueryError): ApiError {
  if (typeof error.status === 'number') {
    if (isErrorBody(error.data)) {
      const { code, message, field } = error.data.error;
      return { status: error.status, code, message, ...(field === undefined ? {} : { field }) };
    }
    return { status: error.status, code: 'unexpected', message: `HTTP ${error.status}` };
  }
  if (error.status === 'PARSING_ERROR') {
    return { status: error.originalStatus, code: 'unexpected', message: error.error };
  }
  return {
    status: 0,
    code: 'network_error',
    message: 'error' in error ? error.error : 'Network error',
  };
}

/** Type guard for errors coming out of RTK Query hooks and `unwrap()`. */
export function isApiError(error: unknown): error is ApiError {
  return hasCodeAndMessage(error) && 'status' in error && typeof error.status === 'number';
}

/** Errors worth retrying with the same Idempotency-Key: nothing came back, or the server was unavailable. */
export function isTransientError(error: ApiError): boolean {
  return error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504;
}
