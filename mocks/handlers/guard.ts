import { delay, http, HttpResponse, type PathParams } from 'msw';
import { DomainError, errorBody, invalidInput } from '../domain/errors';
import { assertAdministrator } from '../domain/access';
import { isRecord } from '../domain/input';
import type { World } from '../domain/world';
import { getMockStore, type MockStore } from '../store';

/**
 * What every handler runs inside: the guard (injected faults, R1, the body's media type and
 * shape) and the store transaction of each call, plus the answers in the one error shape.
 * Handlers stay "parse → call domain → answer".
 */

/** Handlers match `/api/...` on any origin: the app's absolute base URL in Node tests too. */
export function apiPath(path: string): string {
  return `*/api${path}`;
}

export interface HandlerContext {
  request: Request;
  params: PathParams;
  url: URL;
  store: MockStore;
  /**
   * A POST's JSON body: undefined when there is none. Checked before the resolver runs: sent
   * as application/json (else 415), valid JSON and an object (else 422 `invalid_input`).
   */
  body: unknown;
}

/** Runs inside the store's transaction, so it is synchronous: parse, call the domain, answer. */
type Resolver = (context: HandlerContext) => Response;

interface ResolverInfo {
  request: Request;
  params: PathParams;
}

export function json(body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status });
}

export function noContent(): Response {
  return new HttpResponse(null, { status: 204 });
}

export function errorResponse(error: DomainError): Response {
  return json(error.toBody(), error.status);
}

/** A path parameter as one string. */
export function param(params: PathParams, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

/** The media type of a Content-Type header, without parameters, lower case. */
function mediaTypeOf(request: Request): string {
  return (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * A POST body, when there is one, must be a JSON object sent as application/json: another
 * media type is 415 (form posts and text/plain never reach a rule), malformed JSON or a
 * non-object is 422 `invalid_input` with field `body`.
 */
function parseBody(request: Request, text: string): unknown {
  if (text.trim() === '') return undefined;
  if (mediaTypeOf(request) !== 'application/json') {
    throw new DomainError('unsupported_media_type');
  }
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw invalidInput('body', 'The request body is not valid JSON.');
  }
  if (!isRecord(body)) throw invalidInput('body', 'The request body must be a JSON object.');
  return body;
}

/**
 * Answers whatever happens: a rule violation in the error shape, anything unexpected as 500
 * `internal_error`, never with a stack or internals (those go to the console, for developers).
 */
async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error);
    console.error('The mock backend failed unexpectedly.', error);
    return json(errorBody('internal_error'), 500);
  }
}

interface CallState {
  info: ResolverInfo;
  url: URL;
  store: MockStore;
  text: string;
}

async function callOf(info: ResolverInfo): Promise<CallState> {
  // Read outside the store's transaction: a transaction must not wait for anything.
  const text = info.request.method === 'POST' ? await info.request.text() : '';
  return { info, url: new URL(info.request.url), store: getMockStore(), text };
}

function contextOf({ info, url, store, text }: CallState): HandlerContext {
  return { ...info, url, store, body: parseBody(info.request, text) };
}

export interface GuardOptions {
  /** R1: only Administrators (default); the session is open to everyone. */
  adminOnly?: boolean;
  /**
   * Runs on arrival, before the injected latency, in a transaction of its own (R8 marks an
   * Idempotency-Key in flight there). What it returns runs first in the call's transaction.
   */
  onArrival?: (context: Omit<HandlerContext, 'body'>) => (() => void) | undefined;
}

/**
 * A product endpoint: injected latency and failures first (they apply to every endpoint but
 * the demo's, the session included), then R1 unless `adminOnly: false`, then the body, then
 * the resolver. Without latency all of it is one store transaction; with latency, the arrival
 * is one and the handling, after the wait, another.
 */
export function guarded(resolver: Resolver, { adminOnly = true, onArrival }: GuardOptions = {}) {
  return (info: ResolverInfo): Promise<Response> =>
    answer(async () => {
      const call = await callOf(info);
      const { store } = call;
      const handle = (release: (() => void) | undefined): Response => {
        release?.();
        if (store.faultStrikes()) {
          return json(errorBody('service_unavailable', 'Injected fault (demo).'), 503);
        }
        if (adminOnly) {
          store.read((world) => {
            assertAdministrator(world.role);
          });
        }
        return resolver(contextOf(call));
      };
      type Arrival = Response | { latencyMs: number; release: (() => void) | undefined };
      const arrived = await store.transaction((): Arrival => {
        const release = onArrival?.({ ...info, url: call.url, store });
        const latencyMs = store.read((world) => world.faults.latencyMs);
        return latencyMs > 0 ? { latencyMs, release } : handle(release);
      });
      if (arrived instanceof Response) return arrived;
      await delay(arrived.latencyMs);
      return store.transaction(() => handle(arrived.release));
    });
}

/** A demo control: ignores role and faults (they are the demo operator's, not the user's). */
export function demoControl(resolver: Resolver) {
  return (info: ResolverInfo): Promise<Response> =>
    answer(async () => {
      const call = await callOf(info);
      return call.store.transaction(() => resolver(contextOf(call)));
    });
}

/** A list endpoint (R1 guarded): the query string is checked first, then the world read once. */
export function listing<Query>(
  path: string,
  parse: (params: URLSearchParams) => Query,
  list: (world: World, query: Query, now: number) => unknown,
) {
  return http.get(
    apiPath(path),
    guarded(({ store, url }) => {
      const query = parse(url.searchParams);
      return json(store.read((world, now) => list(world, query, now)));
    }),
  );
}
