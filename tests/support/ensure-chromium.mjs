// Browser tests (Storybook stories, Playwright) run in Debian's Chromium: no browser can be
// downloaded here. Make sure it is there before `npm test`; install it when we may (root + apt).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Chromium not found at ${path}; installing Debian's chromium with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Chromium is needed for the browser tests and was not found at ${path}.\n` +
    `Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`,
);
process.exit(1);
