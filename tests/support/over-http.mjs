// The suites that need the mock backend as a real HTTP server: starts `npm run mock:server` on a
// free port with a fresh state file, runs the contract suite against it over HTTP, then the main
// end-to-end flows against a production build for it (no service worker), and stops the server
// whatever happens. Part of `npm test`; alone: `npm run test:http`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const stateDir = mkdtempSync(path.join(tmpdir(), 'mock-server-'));
const START_TIMEOUT_MS = 60_000;

const server = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'mocks/server/main.ts',
    '--port',
    '0',
    '--state',
    path.join(stateDir, 'state.json'),
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
);
let log = '';
server.stdout.on('data', (chunk) => (log += chunk));
server.stderr.on('data', (chunk) => (log += chunk));

function stop() {
  if (server.exitCode === null) server.kill('SIGTERM');
  rmSync(stateDir, { recursive: true, force: true });
}
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}

/** The server's API base URL, read from its "listening on" line. */
function apiBase() {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('no "listening on" line in time')),
      START_TIMEOUT_MS,
    );
    const check = () => {
      const match = /listening on (http:\/\/\S+\/api)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout.on('data', check);
    server.once('exit', (code) => reject(new Error(`the mock server exited (${code})`)));
    check();
  });
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

let api;
try {
  api = await apiBase();
} catch (error) {
  console.error(`over-http: the mock server did not start: ${error.message}\n${log}`);
  process.exit(1);
}
console.log(`over-http: mock server at ${api}`);
const contract = run(process.execPath, ['tests/contract/run.mjs', '--base-url', api]);
const flows = run('npx', ['playwright', 'test'], {
  E2E_MOCK_SERVER_URL: api.replace(/\/api$/, ''),
});
process.exit(contract === 0 && flows === 0 ? 0 : 1);
