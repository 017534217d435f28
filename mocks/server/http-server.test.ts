import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionRequest, ErrorBody, Suggestion } from '../../src/contract';
import { contractViolations } from '../../tests/contract/openapi';
import { handlers } from '../handlers';
import { initMockStore, STORAGE_KEY } from '../store';
import { FileStorage } from './file-storage';
import { isAllowedOrigin, startMockHttpServer, type RunningMockHttpServer } from './http-server';

let directory: string;
let statePath: string;
let server: RunningMockHttpServer;
let log: string[];

async function start(options: { allowedOrigins?: string[]; extraHandlers?: typeof handlers } = {}) {
  server = await startMockHttpServer({
    port: 0,
    host: '127.0.0.1',
    allowedOrigins: options.allowedOrigins ?? [],
    log: (line) => log.push(line),
    handlers: [...(options.extraHandlers ?? []), ...handlers],
  });
  return server.origin;
}

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'mock-http-'));
  statePath = join(directory, 'state.json');
  initMockStore({ storage: new FileStorage(statePath, STORAGE_KEY) });
  log = [];
});
afterEach(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('the mock backend over HTTP', () => {
  it('answers /api with the same handlers, in the contract’s shape, one log line per call', async () => {
    const origin = await start();
    expect(origin).toBe(`http://localhost:${server.port}`);
    const response = await fetch(`${origin}/api/session`);
    const body: unknown = await response.json();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(contractViolations('GET', '/api/session', 200, body)).toEqual([]);

    await fetch(`${origin}/api/customers/search?q=a`);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+Z GET \/api\/session 200 \d+ms$/);
    expect(log[1]).toMatch(/ GET \/api\/customers\/search\?q=a 422 \d+ms$/);
  });

  it('has every change in the state file before it answers', async () => {
    const origin = await start();
    const { items } = (await (await fetch(`${origin}/api/suggestions`)).json()) as {
      items: Suggestion[];
    };
    const customerId = items[0]?.customerId ?? '';
    const response = await fetch(`${origin}/api/connection-requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ customerId, origin: 'suggestion' }),
    });
    const created = (await response.json()) as ConnectionRequest;
    expect(response.status).toBe(201);
    const stored = JSON.parse(readFileSync(statePath, 'utf8')) as { upserts: { id: string }[] };
    expect(stored.upserts.map((request) => request.id)).toContain(created.id);
  });

  it('answers an unknown path under /api with 404 not_found in the error shape', async () => {
    const origin = await start();
    const response = await fetch(`${origin}/api/nowhere`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorBody).error.code).toBe('not_found');
  });

  it('answers a failure inside a handler with 500 in the error shape, without its stack', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const origin = await start({
      extraHandlers: [
        http.get('*/api/session', () => {
          throw new Error('secret internals');
        }),
      ],
    });
    const response = await fetch(`${origin}/api/session`);
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal_error', message: 'Unexpected server error.' },
    });
    expect(text).not.toMatch(/secret|at /);
    expect(consoleError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'secret internals' }),
    );
    consoleError.mockRestore();
  });

  it('refuses a body over 1 MiB with 413 naming the body', async () => {
    const origin = await start();
    const response = await fetch(`${origin}/api/connection-requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalid_input', field: 'body' },
    });
  });

  it('frees its port on close', async () => {
    await start();
    const { port } = server;
    await server.close();
    const probe = createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', resolve);
    });
    probe.close();
    server = await startMockHttpServer({
      port,
      host: '127.0.0.1',
      allowedOrigins: [],
      log: () => undefined,
    });
    expect(server.port).toBe(port);
  });
});

describe('CORS', () => {
  it('lets pages on localhost (dev server, preview, any port) call the API, preflight included', async () => {
    const origin = await start();
    for (const page of ['http://localhost:5173', 'http://127.0.0.1:4173', 'http://[::1]:6006']) {
      const preflight = await fetch(`${origin}/api/connection-requests`, {
        method: 'OPTIONS',
        headers: {
          Origin: page,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(page);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(preflight.headers.get('access-control-allow-headers')).toBe(
        'content-type,idempotency-key',
      );
      const get = await fetch(`${origin}/api/session`, { headers: { Origin: page } });
      expect(get.headers.get('access-control-allow-origin')).toBe(page);
      expect(get.headers.get('vary')).toBe('Origin');
    }
  });

  it('does not let other origins in unless they are allowed', async () => {
    const origin = await start({ allowedOrigins: ['http://192.168.1.5:5173'] });
    const from = async (page: string) =>
      (await fetch(`${origin}/api/session`, { headers: { Origin: page } })).headers.get(
        'access-control-allow-origin',
      );
    expect(await from('https://evil.example')).toBeNull();
    expect(await from('http://localhost.evil.example')).toBeNull();
    expect(await from('http://192.168.1.5:5173')).toBe('http://192.168.1.5:5173');
  });

  it.each([
    ['http://localhost:5173', [], true],
    ['https://127.0.0.1', [], true],
    ['file://localhost', [], false],
    ['null', [], false],
    ['https://app.example', ['*'], true],
  ] as const)('isAllowedOrigin(%s, %j) is %s', (origin, allowed, expected) => {
    expect(isAllowedOrigin(origin, allowed)).toBe(expected);
  });
});

describe('the API reference', () => {
  it('serves openapi.yaml and Swagger UI at /docs/, from local files only', async () => {
    const origin = await start();
    const root = await fetch(`${origin}/`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/docs/']);
    const bare = await fetch(`${origin}/docs`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([302, '/docs/']);

    const contract = await fetch(`${origin}/openapi.yaml`);
    expect(contract.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(await contract.text()).toBe(
      readFileSync(new URL('../../src/contract/openapi.yaml', import.meta.url), 'utf8'),
    );

    const page = await fetch(`${origin}/docs/`);
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(references).toEqual(
      expect.arrayContaining(['swagger-ui.css', 'swagger-ui-bundle.js', 'init.js']),
    );
    for (const reference of references) {
      expect(reference, 'nothing from another host').not.toMatch(/^(https?:)?\/\//);
      const asset = await fetch(new URL(reference, `${origin}/docs/`));
      expect({ reference, status: asset.status }).toEqual({ reference, status: 200 });
    }
    const init = await (await fetch(`${origin}/docs/init.js`)).text();
    expect(init).toContain("url: '/openapi.yaml'");
    expect(init).toContain('validatorUrl: null');
    expect((await fetch(`${origin}/docs/../package.json`)).status).toBe(404);
    expect((await fetch(`${origin}/docs/package.json`)).status).toBe(404);
  });
});
