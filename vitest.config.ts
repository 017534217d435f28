import { defineConfig, mergeConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import viteConfig from './vite.config.ts';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Fail the run, not just warn, when a file has no tests or a test is skipped/only.
      passWithNoTests: false,
      allowOnly: false,
      // In CI also a machine-readable result, summed up with Playwright's by .ci/run.
      reporters: process.env.CI
        ? ['default', ['json', { outputFile: 'reports/vitest.json' }]]
        : ['default'],
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['mocks/**/*.test.ts', 'tests/contract/**/*.test.ts', 'src/**/*.node.test.ts'],
            setupFiles: ['tests/setup/node.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}', 'tests/dom/**/*.test.{ts,tsx}'],
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
              }),
              instances: [{ browser: 'chromium' }],
            },
          },
        },
      ],
    },
  }),
);
