import type { KnipConfig } from 'knip';

/**
 * Dead exports, files and dependencies (`npm run knip`, run by CI). Knip finds most entry points
 * itself from the tools' configs (Vite's index.html, Vitest, Playwright, Storybook) and from the
 * package.json scripts; these are the ones it cannot see.
 */
const config: KnipConfig = {
  entry: [
    // The bench's floor fixture: its page (tests/bench/floor/index.html loads it), and the two
    // builds pick one of the i18n modules through a virtual module (run.mjs).
    'tests/bench/floor/main.tsx',
    'tests/bench/floor/{i18n,no-i18n}.ts',
    // Loaded by run.mjs through Vite's runnerImport.
    'tests/bench/mock-backend.ts',
    // Reached only through vite.config.ts's alias for tough-cookie.
    'mocks/no-cookie-jar.ts',
    // The `contract` Vitest project exists only with CONTRACT_BASE_URL (npm run test:contract).
    'tests/setup/contract-http{,.global}.ts',
    'tests/contract/demo-skip-reporter.ts',
    // Run by .ci/run and the pretest script.
    'tests/support/*.mjs',
  ],
  project: [
    'src/**/*.{ts,tsx}',
    'mocks/**/*.ts',
    'tests/**/*.{ts,tsx,mjs}',
    '.storybook/*.{ts,tsx}',
  ],
  ignoreIssues: {
    // Generated from openapi.yaml; what it exports unused is the generator's, not ours.
    'src/contract/schema.gen.ts': ['exports', 'types'],
  },
  // Served as static files: mocks/server/docs.ts resolves the package's folder at run time.
  ignoreDependencies: ['swagger-ui-dist'],
  // Called by tests/support/ensure-chromium.mjs only where Chromium is missing and we are root.
  ignoreBinaries: ['apt-get'],
};

export default config;
