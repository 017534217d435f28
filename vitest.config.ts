import { defineConfig, mergeConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import viteConfig from './vite.config.ts';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';

/**
 * With CONTRACT_BASE_URL (`npm run test:contract -- --base-url URL`), the contract tests also run
 * over real HTTP against that server, as the `contract` project.
 */
const contractBaseUrl = process.env.CONTRACT_BASE_URL?.trim() ?? '';
const jsonReport = contractBaseUrl === '' ? 'reports/vitest.json' : 'reports/vitest-contract.json';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Fail the run, not just warn, when a file has no tests or a test is skipped/only.
      passWithNoTests: false,
      allowOnly: false,
      // In CI also a machine-readable result, summed up with Playwright's by .ci/run.
      reporters: [
        'default',
        ...(process.env.CI ? [['json', { outputFile: jsonReport }] as ['json', object]] : []),
        ...(contractBaseUrl === '' ? [] : ['./tests/contract/demo-skip-reporter.ts']),
      ],
      tags: [
        {
          name: 'demo',
          description:
            'Needs the demo controls (/api/demo/*) or the fresh state their reset gives; skipped against a server without them.',
        },
      ],
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['mocks/**/*.test.ts', 'tests/contract/**/*.test.ts', 'src/**/*.node.test.ts'],
            exclude: ['mocks/server/**'],
            setupFiles: ['tests/setup/node.ts'],
          },
        },
        {
          // The mock backend as a real HTTP server: real sockets, so no MSW interception here.
          extends: true,
          test: {
            name: 'mock-server',
            environment: 'node',
            include: ['mocks/server/**/*.test.ts'],
          },
        },
        ...(contractBaseUrl === ''
          ? []
          : [
              {
                extends: true as const,
                test: {
                  name: 'contract',
                  environment: 'node',
                  include: ['tests/contract/**/*.test.ts'],
                  globalSetup: ['tests/setup/contract-http.global.ts'],
                  setupFiles: ['tests/setup/contract-http.ts'],
                  // One server, one state: the files take turns.
                  fileParallelism: false,
                },
              },
            ]),
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}'],
            exclude: ['src/**/*.node.test.ts'],
            setupFiles: ['tests/setup/dom.ts'],
          },
        },
        {
          // Every story is a test: rendered, played and checked by axe in real (Debian) Chromium.
          extends: true,
          plugins: [storybookTest({ configDir: '.storybook' })],
          // The browser server inherits vite.config's strictPort: let parallel runs take the next port.
          server: { strictPort: false },
          test: {
            name: 'storybook',
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({
                launchOptions: chromiumLaunchOptions,
                // As a user who asked for less motion: a play function then never meets a dialog
                // half faded in (computed opacity near 0 reads as not visible). The motion
                // itself is seen in Storybook's UI, which does not ask.
                contextOptions: { reducedMotion: 'reduce' },
              }),
              instances: [{ browser: 'chromium' }],
            },
          },
        },
      ],
    },
  }),
);
