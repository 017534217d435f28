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

function isErrorBody(data: unknown): data is ErrorBody {
  if (typeof data !== 'object' || data === null || !('error' in data)) return false;
  const { error } = data;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
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
  return (
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number' &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error
  );
}

/** Errors worth retrying with the same Idempotency-Key: nothing came back, or the server was unavailable. */
export function isTransientError(error: ApiError): boolean {
  return error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504;
}
