/**
 * `npm run mock:server` as a user runs it: a separate process, real signals, real ports, a state
 * file on disk.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionRequest, DemoState, Session, SuggestionPage } from '../../src/contract';
import { restoreWorld } from '../stored-state';

const ROOT = new URL('../../', import.meta.url);
/** tsx and a cold start on a busy 2-core machine: generous, since each test waits for a line. */
const START_TIMEOUT_MS = 30_000;

interface Run {
  child: ChildProcessWithoutNullStreams;
  stdout: string[];
  stderr: string[];
  exited: Promise<number | null>;
}

const running: ChildProcessWithoutNullStreams[] = [];
let directory: string;
let statePath: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'mock-cli-'));
  statePath = join(directory, 'state.json');
});
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(directory, { recursive: true, force: true });
});

/** Runs the CLI (as `npm run mock:server` does) and collects its output line by line. */
function run(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/server/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '', MOCK_STATE_FILE: '', ...env },
  });
  running.push(child);
  const collect = (into: string[]) => (chunk: Buffer) => {
    into.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  };
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout.on('data', collect(stdout));
  child.stderr.on('data', collect(stderr));
  // 'close', not 'exit': it comes after the last output was read.
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  return { child, stdout, stderr, exited };
}

/** Waits for the "listening" line (or the process's end) and returns the API's base URL. */
async function listening(server: Run): Promise<string> {
  const api = await vi.waitFor(
    () => {
      const match = /listening on (http:\/\/\S+\/api)/.exec(server.stdout.join('\n'));
      if (match?.[1] !== undefined) return match[1];
      // Not the first line on stderr: a warning (a corrupt state file) can come before "listening".
      if (server.child.exitCode !== null) return null;
      throw new Error('not listening yet');
    },
    { timeout: START_TIMEOUT_MS, interval: 50 },
  );
  if (api === null) throw new Error(`did not start: ${server.stderr.join('\n')}`);
  return api;
}

function startServer(args: string[] = []): Promise<{ server: Run; api: string }> {
  const server = run(['--port', '0', '--state', statePath, ...args]);
  return listening(server).then((api) => ({ server, api }));
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect({ url, status: response.status }).toEqual({ url, status: 200 });
  return (await response.json()) as T;
}

async function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function portOf(api: string): number {
  return Number(new URL(api).port);
}

async function portIsFree(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => {
      resolve(false);
    });
    probe.listen(port, '127.0.0.1', () => {
      probe.close(() => {
        resolve(true);
      });
    });
  });
}

describe('npm run mock:server', { timeout: 90_000 }, () => {
  it('--help describes the options and exits 0', async () => {
    const help = run(['--help']);
    expect(await help.exited).toBe(0);
    expect(help.stdout.join('\n')).toMatch(/--port N.*env PORT/);
    expect(help.stdout.join('\n')).toMatch(/--state FILE/);
  });

  it('refuses an unknown option in one line, with exit code 2', async () => {
    const wrong = run(['--prot', '8800']);
    expect(await wrong.exited).toBe(2);
    expect(wrong.stderr).toEqual(['mock:server: unknown option "--prot" (see --help)']);
  });

  it('a second start on a busy port says so in one line and exits non-zero; the first goes on', async () => {
    const { server, api } = await startServer();
    const second = run(['--port', String(portOf(api)), '--state', join(directory, 'other.json')]);
    expect(await second.exited).toBe(1);
    expect(second.stderr).toHaveLength(1);
    expect(second.stderr[0]).toMatch(
      new RegExp(`^mock:server: port ${portOf(api)} on 127.0.0.1 is already in use`),
    );
    expect((await fetch(`${api}/session`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s stops it cleanly: exit 0, port released, the state there on the next start',
    async (signal) => {
      const first = await startServer();
      await post(`${first.api}/demo/clock`, { advanceDays: 3 });
      // The request log: one line per call.
      await expect
        .poll(() =>
          first.server.stdout.filter((line) => / POST \/api\/demo\/clock 200 \d+ms$/.test(line)),
        )
        .toHaveLength(1);
      first.server.child.kill(signal);
      expect(await first.server.exited).toBe(0);
      expect(first.server.stdout.at(-1)).toBe('Mock backend stopped');
      expect(await portIsFree(portOf(first.api))).toBe(true);

      const second = await startServer(['--port', String(portOf(first.api))]);
      expect((await getJson<DemoState>(`${second.api}/demo/state`)).clockOffsetDays).toBe(3);
    },
  );

  it('a corrupt state file: the default scenario, the notice in the session, a warning', async () => {
    writeFileSync(statePath, '{"version":1, "scenario":');
    const { server, api } = await startServer();
    const session = await getJson<Session>(`${api}/session`);
    expect(session.notice?.code).toBe('state_reset');
    expect((await getJson<DemoState>(`${api}/demo/state`)).scenario).toBe('default');
    await expect
      .poll(() => server.stderr.join('\n'))
      .toMatch(/could not be read; started the default scenario/);
    // Replaced at once, so the next start is clean.
    expect(() => restoreWorld(JSON.parse(readFileSync(statePath, 'utf8')))).not.toThrow();
  });

  it('SIGKILL in a burst of 50 creates loses no acknowledged request and leaves a readable file', async () => {
    const first = await startServer();
    // 500 suggestions: 50 customers that can each be connected once.
    expect((await post(`${first.api}/demo/scenario`, { name: 'large-account' })).status).toBe(200);
    const { items } = await getJson<SuggestionPage>(`${first.api}/suggestions?pageSize=50`);
    expect(items).toHaveLength(50);

    let acknowledged = 0;
    const created: ConnectionRequest[] = [];
    const killAfter = 10;
    const burst = items.map(async ({ customerId }) => {
      const response = await post(`${first.api}/connection-requests`, {
        customerId,
        origin: 'suggestion',
      });
      if (response.status !== 201) return;
      const body = (await response.json()) as ConnectionRequest;
      created.push(body);
      acknowledged += 1;
      if (acknowledged === killAfter) first.server.child.kill('SIGKILL');
    });
    await Promise.allSettled(burst);
    expect(await first.server.exited).toBeNull();
    expect(first.server.child.signalCode).toBe('SIGKILL');
    // Killed in the middle: some acknowledged, some not.
    expect(created.length).toBeGreaterThanOrEqual(killAfter);
    expect(created.length).toBeLessThan(items.length);

    // The file parses and restores, whatever moment the kill hit.
    expect(() => restoreWorld(JSON.parse(readFileSync(statePath, 'utf8')))).not.toThrow();
    const second = await startServer();
    expect((await getJson<Session>(`${second.api}/session`)).notice).toBeNull();
    const lost: string[] = [];
    for (const request of created) {
      const response = await fetch(`${second.api}/connection-requests/${request.id}/history`);
      const history = response.ok
        ? ((await response.json()) as { items: ConnectionRequest[] })
        : null;
      if (
        !history?.items.some(
          (item) => item.id === request.id && item.customerId === request.customerId,
        )
      ) {
        lost.push(request.id);
      }
    }
    expect(lost).toEqual([]);
  });
});
