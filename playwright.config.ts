import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

// E2E_PORT lets two checkouts run their suites side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${PORT}`;

/**
 * End-to-end tests in a real browser against the production demo build (`vite build` +
 * `vite preview`), whose mock backend runs in the page through MSW's service worker.
 * No browser is downloaded: Debian's Chromium (or CHROMIUM_PATH) is launched.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Each test gets a new browser context, so the mock's localStorage state starts clean.
  fullyParallel: true,
  // Two cores here: more workers only make every test slower.
  workers: 2,
  // A flaky test is a bug to fix, not to hide behind a retry.
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous: the 2 cores are shared (builds, other suites); a passing run takes far less.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never' }], ['json', { outputFile: 'reports/playwright.json' }]]
    : 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The app follows the browser's language; pin English unless a test asks for German.
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } } },
  ],
  webServer: {
    command: `npm run build && npm run preview -- --port ${PORT}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
