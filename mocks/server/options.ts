import { resolve } from 'node:path';

export const DEFAULT_PORT = 8787;
const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_STATE_FILE = '.mock-server-state.json';

export const USAGE = `Usage: npm run mock:server -- [options]

The mock backend as an HTTP server: the same MSW handlers and rules as in the browser, the API
under /api, its reference at /docs, the contract at /openapi.yaml.

Options:
  -p, --port N            port to listen on, 0 for any free one (env PORT; default ${DEFAULT_PORT})
      --host HOST         address to listen on (env MOCK_HOST; default ${DEFAULT_HOST}, this
                          machine only; 0.0.0.0 for other devices on the network)
      --state FILE        where the data is kept across restarts (env MOCK_STATE_FILE; default
                          ${DEFAULT_STATE_FILE}); delete it, or POST /api/demo/reset, to start over
      --allow-origin URL  also let this browser origin call the API (CORS); repeatable, * for any
                          (env MOCK_ALLOW_ORIGINS, comma-separated). http(s) origins on localhost,
                          127.0.0.1 and [::1] are always allowed, on any port.
  -h, --help              show this help

Every change is on disk before it is answered. Ctrl-C stops the server.`;

interface ServerOptions {
  port: number;
  host: string;
  /** Absolute path of the state file. */
  statePath: string;
  /** Browser origins allowed besides loopback ones; `*` allows any. */
  allowedOrigins: string[];
}

export type ParsedArgs =
  { kind: 'run'; options: ServerOptions } | { kind: 'help' } | { kind: 'error'; message: string };

type Env = Record<string, string | undefined>;

function parsePort(raw: string, source: string): number | string {
  const port = /^\d{1,5}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  return Number.isInteger(port) && port <= 65_535
    ? port
    : `${source} must be a port number from 0 to 65535, got "${raw}"`;
}

function parseOrigin(raw: string): string | null {
  const value = raw.trim();
  if (value === '*') return value;
  try {
    const url = new URL(value);
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}

/** Reads the command line (flags win over the environment); paths resolve against `cwd`. */
export function parseServerArgs(argv: readonly string[], env: Env, cwd: string): ParsedArgs {
  let port: number | string = env.PORT?.trim() ? parsePort(env.PORT, 'PORT') : DEFAULT_PORT;
  let host = env.MOCK_HOST?.trim() || DEFAULT_HOST;
  let state = env.MOCK_STATE_FILE?.trim() || DEFAULT_STATE_FILE;
  const origins = (env.MOCK_ALLOW_ORIGINS ?? '')
    .split(',')
    .filter((origin) => origin.trim() !== '');

  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const known = ['-p', '--port', '--host', '--state', '--allow-origin'];
    if (flag === undefined || !known.includes(flag)) {
      return { kind: 'error', message: `unknown option "${arg}"` };
    }
    const value = inline ?? argv[(i += 1)];
    if (value === undefined || value === '') {
      return { kind: 'error', message: `${flag} needs a value` };
    }
    if (flag === '-p' || flag === '--port') port = parsePort(value, flag);
    else if (flag === '--host') host = value;
    else if (flag === '--state') state = value;
    else origins.push(value);
  }

  if (typeof port === 'string') return { kind: 'error', message: port };
  const allowedOrigins: string[] = [];
  for (const raw of origins) {
    const origin = parseOrigin(raw);
    if (origin === null) return { kind: 'error', message: `not an origin: "${raw.trim()}"` };
    allowedOrigins.push(origin);
  }
  return {
    kind: 'run',
    options: { port, host, statePath: resolve(cwd, state), allowedOrigins },
  };
}
