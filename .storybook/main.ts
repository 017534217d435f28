import type { StorybookConfig } from '@storybook/react-vite';

/** Storybook is the UX review surface: every component state, served by the app's own mock backend. */
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  // public/ holds mockServiceWorker.js, which the mock backend registers.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
