// npm run test:contract [-- --base-url URL] [vitest arguments]
// Without a base URL (nor CONTRACT_BASE_URL) the contract tests run in-process against the mock
// (MSW's node server), as in `npm test`; with one, over real HTTP against that server.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const USAGE = `Usage: npm run test:contract -- [--base-url URL] [vitest arguments]

  --base-url URL   the API under test, ending in its prefix, e.g. http://localhost:8787/api
                   (default: CONTRACT_BASE_URL; without either, the in-process mock)

Tests tagged "demo" need the demo controls (/api/demo/*); against a server without them they
are skipped, and the run says how many.`;

const passThrough = [];
let baseUrl = process.env.CONTRACT_BASE_URL?.trim() ?? '';
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg === '--base-url') {
    baseUrl = args[(i += 1)] ?? '';
    if (baseUrl === '') {
      console.error('test:contract: --base-url needs a URL\n');
      console.error(USAGE);
      process.exit(2);
    }
  } else if (arg.startsWith('--base-url=')) {
    baseUrl = arg.slice('--base-url='.length);
  } else {
    passThrough.push(arg);
  }
}

if (baseUrl !== '') {
  try {
    new URL(baseUrl);
  } catch {
    console.error(`test:contract: not a URL: ${baseUrl}`);
    process.exit(2);
  }
}

const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
const vitestArgs =
  baseUrl === ''
    ? // In-process the contract files share the node project: name them (or the caller's filters).
      [
        'run',
        '--project',
        'node',
        ...(passThrough.some((arg) => !arg.startsWith('-')) ? [] : ['tests/contract/']),
        ...passThrough,
      ]
    : ['run', '--project', 'contract', ...passThrough];
const result = spawnSync(process.execPath, [vitest, ...vitestArgs], {
  stdio: 'inherit',
  env: { ...process.env, CONTRACT_BASE_URL: baseUrl },
});
process.exit(result.status ?? 1);
