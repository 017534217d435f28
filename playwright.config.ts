import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { MOCK_SERVER_ORIGIN } from './tests/e2e/backend';
import { chromiumLaunchOptions } from './tests/support/chromium';

// E2E_PORT lets two checkouts run their suites side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${PORT}`;
const desktop = { browserName: 'chromium', viewport: { width: 1280, height: 900 } } as const;

/** Builds and serves the app for the tests (`vite build` + `vite preview`). */
function preview(build: string, options: { reuse: boolean; env?: Record<string, string> }) {
  return {
    command: `npm run build -- ${build} && npm run preview -- ${build} --port ${PORT}`,
    env: options.env,
    url: baseURL,
    reuseExistingServer: options.reuse,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  } as const;
}

/** In CI also an HTML report and a JSON result, which .ci/run sums up. */
function reporters(name: string, htmlFolder?: string): PlaywrightTestConfig['reporter'] {
  if (!process.env.CI) return 'list';
  return [
    ['list'],
    ['html', { open: 'never', ...(htmlFolder === undefined ? {} : { outputFolder: htmlFolder }) }],
    ['json', { outputFile: `reports/${name}.json` }],
  ];
}

/**
 * The backend the specs run against (tests/e2e/backend.ts). By default the production demo
 * build, whose mock runs in the page through MSW's service worker (`chromium`). With
 * E2E_MOCK_SERVER_URL, the main flows run against a production build for that running mock
 * server, with no service worker (`mock-server`): the same specs, so they follow the UI.
 * Tests tagged `@service-worker` need the in-page mock, `@mock-server` the HTTP server.
 */
const backend: Pick<PlaywrightTestConfig, 'projects' | 'webServer' | 'reporter' | 'outputDir'> =
  MOCK_SERVER_ORIGIN === ''
    ? {
        projects: [{ name: 'chromium', grepInvert: /@mock-server/, use: desktop }],
        webServer: preview('', { reuse: !process.env.CI }),
        reporter: reporters('playwright'),
      }
    : {
        projects: [
          {
            name: 'mock-server',
            testMatch: ['flows.spec.ts', 'flows.*.spec.ts', 'smoke.spec.ts', 'docs.spec.ts'],
            grepInvert: /@service-worker/,
            // One server, one state: tests take turns, each from a reset (tests/e2e/fixtures.ts).
            workers: 1,
            use: desktop,
          },
        ],
        // Never another build's preview: this one must talk to the mock server.
        webServer: preview('--mode mock-server --outDir dist-mock-server', {
          reuse: false,
          env: { VITE_API_BASE_URL: `${MOCK_SERVER_ORIGIN}/api`, VITE_DEMO_CONTROLS: 'true' },
        }),
        reporter: reporters('playwright-mock-server', 'playwright-report-mock-server'),
        outputDir: 'test-results/mock-server',
      };

/** End-to-end tests in a real browser; no browser is downloaded: Debian's Chromium is launched. */
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
  ...backend,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The app follows the browser's language; pin English unless a test asks for German.
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    launchOptions: chromiumLaunchOptions,
  },
});
