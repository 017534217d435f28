import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { errorBody, invalidInput } from '../domain/errors';
import { handlers as mockHandlers } from '../handlers';
import { docsFile, openApiFile, type StaticFile } from './docs';

/**
 * The mock backend over real HTTP: Node's own http server hands each /api request, as a Fetch
 * `Request`, to MSW's `getResponse` with the same handlers the browser and the tests use, so
 * rules, demo controls and error shapes are the very same code. No framework: CORS, the request
 * log, the docs and a clean shutdown are a few lines each here.
 */

export interface MockHttpServerOptions {
  port: number;
  host: string;
  /** Browser origins allowed besides loopback ones; `*` allows any. */
  allowedOrigins: readonly string[];
  /** Where the one line per request goes (stdout in the CLI). */
  log: (line: string) => void;
  /** The MSW handlers to answer /api with (tests pass their own). */
  handlers?: readonly RequestHandler[];
}

export interface RunningMockHttpServer {
  /** `http://localhost:<port>` (or the host listened on, when it is not a loopback one). */
  origin: string;
  port: number;
  /** Stops accepting, lets requests in flight finish (2 s at most), frees the port. */
  close: () => Promise<void>;
}

/** Larger bodies get 413: every body of the contract is a few hundred bytes. */
const MAX_BODY_BYTES = 1024 * 1024;
const CLOSE_GRACE_MS = 2000;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a browser page from `origin` may call the API: loopback pages, and the configured. */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname)
    );
  } catch {
    return false;
  }
}

class PayloadTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new PayloadTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function toFetchRequest(request: IncomingMessage, url: URL, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = request.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0;
  return new Request(url, { method, headers, body: hasBody ? new Uint8Array(body) : undefined });
}

function jsonError(status: number, body: ReturnType<typeof errorBody>): Response {
  return Response.json(body, { status });
}

function staticResponse(file: StaticFile): Response {
  const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
  return new Response(body, { headers: { 'Content-Type': file.contentType } });
}

function redirect(location: string): Response {
  return new Response(null, { status: 302, headers: { Location: location } });
}

function preflight(request: IncomingMessage): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers':
        request.headers['access-control-request-headers'] ?? 'Content-Type, Idempotency-Key',
      'Access-Control-Max-Age': '600',
    },
  });
}

export function startMockHttpServer(
  options: MockHttpServerOptions,
): Promise<RunningMockHttpServer> {
  const handlers = options.handlers ?? mockHandlers;

  async function route(request: IncomingMessage, url: URL): Promise<Response> {
    const { pathname } = url;
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      if (request.method === 'OPTIONS') return preflight(request);
      let body: Buffer;
      try {
        body = await readBody(request);
      } catch (error) {
        if (error instanceof PayloadTooLarge) {
          const tooLarge = invalidInput('body', 'The request body is larger than 1 MiB.');
          return jsonError(413, tooLarge.toBody());
        }
        throw error;
      }
      const response = await getResponse([...handlers], toFetchRequest(request, url, body));
      const answer =
        response ??
        jsonError(
          404,
          errorBody('not_found', `No such endpoint: ${request.method ?? ''} ${pathname}`),
        );
      // A mock's answers change with every write: never from a cache.
      answer.headers.set('Cache-Control', 'no-store');
      return answer;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET' } });
    }
    if (pathname === '/') return redirect('/docs/');
    if (pathname === '/openapi.yaml') return staticResponse(openApiFile());
    if (pathname === '/docs') return redirect('/docs/');
    const file = pathname.startsWith('/docs/')
      ? docsFile(pathname.slice('/docs/'.length))
      : undefined;
    if (file !== undefined) return staticResponse(file);
    return new Response('Not found: the API is under /api, its reference at /docs/.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }

  async function handle(request: IncomingMessage, reply: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(request.url ?? '/', 'http://localhost');
    let response: Response;
    try {
      response = await route(request, url);
    } catch (error) {
      // Logged here in full; the client gets the error shape without a stack trace.
      console.error(error);
      response = jsonError(500, errorBody('internal_error', 'Unexpected server error.'));
    }
    const body = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const origin = request.headers.origin;
    if (origin !== undefined && isAllowedOrigin(origin, options.allowedOrigins)) {
      headers['access-control-allow-origin'] = origin;
    }
    headers.vary = 'Origin';
    headers['content-length'] = String(body.length);
    reply.writeHead(response.status, headers);
    reply.end(request.method === 'HEAD' ? undefined : body);
    const ms = Math.round(performance.now() - started);
    options.log(
      `${new Date().toISOString()} ${request.method ?? ''} ${url.pathname}${url.search} ${response.status} ${ms}ms`,
    );
  }

  const server = createServer((request, reply) => {
    handle(request, reply).catch((error: unknown) => {
      console.error(error);
      reply.destroy();
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const loopback = ['127.0.0.1', '::1', 'localhost', '0.0.0.0', '::'].includes(options.host);
      const host = loopback
        ? 'localhost'
        : options.host.includes(':')
          ? `[${options.host}]`
          : options.host;
      resolve({
        origin: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
            server.close(() => {
              clearTimeout(force);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
