import { delay, HttpResponse, type PathParams } from 'msw';
import { DomainError, errorBody, invalidInput } from '../domain/errors';
import { assertAdministrator } from '../domain/access';
import { getMockStore, type MockStore } from '../store';

/**
 * The shared respond/guard helpers: error JSON shape, faults, role. Handlers stay
 * "parse → call domain → answer".
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
}

type Resolver = (context: HandlerContext) => Response | Promise<Response>;
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

/** The JSON body: none → undefined; malformed → 422 invalid_input. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidInput('body', 'The request body is not valid JSON.');
  }
}

async function answer(run: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error);
    throw error;
  }
}

function contextOf(info: ResolverInfo): HandlerContext {
  return { ...info, url: new URL(info.request.url), store: getMockStore() };
}

/**
 * A product endpoint: injected latency and failures first (they apply to every endpoint but
 * the demo's, the session included), then R1 unless `public`, then the resolver.
 */
export function guarded(resolver: Resolver, options: { adminOnly: boolean } = { adminOnly: true }) {
  return async (info: ResolverInfo): Promise<Response> => {
    const context = contextOf(info);
    const { latencyMs } = context.store.read((world) => world.faults);
    if (latencyMs > 0) await delay(latencyMs);
    if (context.store.faultStrikes()) {
      return json(errorBody('service_unavailable', 'Injected fault (demo).'), 503);
    }
    return answer(() => {
      if (options.adminOnly)
        context.store.read((world) => {
          assertAdministrator(world.role);
        });
      return resolver(context);
    });
  };
}

/** A demo control: ignores role and faults (they are the demo operator's, not the user's). */
export function demoControl(resolver: Resolver) {
  return (info: ResolverInfo): Promise<Response> => answer(() => resolver(contextOf(info)));
}
