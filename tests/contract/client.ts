/**
 * A small HTTP client for the contract tests: they talk to the backend over HTTP only, exactly
 * as a browser would. Without CONTRACT_BASE_URL that is the in-process mock (MSW's node server
 * intercepts this fetch); with it, any server: `npm run mock:server` or a real backend. Every
 * response passes the contract monitor, so each is checked against openapi.yaml in both modes.
 */
import type { ErrorBody, ErrorCode } from '../../src/contract';
import { contractMonitor } from './conformance';

/** The API under test, ending in its prefix (e.g. `http://localhost:8787/api`). */
const API_BASE = contractBaseUrl(process.env.CONTRACT_BASE_URL);

/** The configured base URL without trailing slashes; the in-process mock's when none is set. */
export function contractBaseUrl(configured: string | undefined): string {
  const trimmed = configured?.trim() ?? '';
  // Absolute, because Node's fetch cannot resolve a relative URL.
  return trimmed === '' ? 'http://localhost/api' : trimmed.replace(/\/+$/, '');
}

export interface ApiResponse<T> {
  status: number;
  /** The parsed JSON body; `undefined` when the response has none (204). */
  body: T;
  headers: Headers;
}

type QueryValue = string | number | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
}

function urlFor(path: string, query: Record<string, QueryValue> = {}): string {
  const url = new URL(`${API_BASE}${path}`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.href;
}

async function send<T>(
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  { query, headers = {} }: RequestOptions,
): Promise<ApiResponse<T>> {
  const response = await fetch(urlFor(path, query), {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw new Error(`${method} ${path} → ${response.status}: not JSON: ${text.slice(0, 120)}`);
  }
  contractMonitor.observe(method, path, response.status, parsed);
  // The caller names the type it expects; the contract monitor checks that the body has it.
  return { status: response.status, body: parsed as T, headers: response.headers };
}

/**
 * Any method, a body sent as given (any Content-Type, or none): for what a browser's own forms
 * or a careless client would send. A body that is not JSON comes back as its text.
 */
export async function sendRaw(
  method: string,
  path: string,
  { body, contentType }: { body?: string; contentType?: string } = {},
): Promise<ApiResponse<unknown>> {
  const response = await fetch(urlFor(path), {
    method,
    headers: contentType === undefined ? {} : { 'Content-Type': contentType },
    body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // Not JSON: the test sees the text.
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

export const api = {
  get: <T = unknown>(path: string, options: RequestOptions = {}) =>
    send<T>('GET', path, undefined, options),
  post: <T = unknown>(path: string, body?: unknown, options: RequestOptions = {}) =>
    send<T>('POST', path, body, options),
};

/** The `error` part of an error response, or a failure that shows what came back instead. */
function errorOf(response: ApiResponse<unknown>): ErrorBody['error'] {
  const body = response.body as Partial<ErrorBody> | undefined;
  if (body?.error === undefined) {
    throw new Error(`Expected an error body, got ${response.status} ${JSON.stringify(body)}`);
  }
  return body.error;
}

/** `{ status, code, field }` of an error response, for one-line assertions. */
export function failureOf(response: ApiResponse<unknown>): {
  status: number;
  code: ErrorCode;
  field: string | undefined;
} {
  const { code, field } = errorOf(response);
  return { status: response.status, code, field };
}
