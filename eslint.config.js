// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import testingLibrary from 'eslint-plugin-testing-library';
import vitest from '@vitest/eslint-plugin';
import storybook from 'eslint-plugin-storybook';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import checkFile from 'eslint-plugin-check-file';
import prettier from 'eslint-config-prettier';
import { readdirSync } from 'node:fs';

/** Every feature folder: each may import none of the others. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Tests and stories compose what they exercise; the layering rules hold for the product code. */
const TESTS_AND_STORIES = ['**/*.test.{ts,tsx}', '**/*.spec.ts', '**/*.stories.tsx'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'storybook-static',
      'playwright-report',
      'playwright-report-*',
      'reports',
      'test-results',
      'public/mockServiceWorker.js',
      'src/contract/schema.gen.ts',
      '!.storybook',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // RTK Query's documented `build.query<Result, void>` for endpoints without arguments.
      '@typescript-eslint/no-invalid-void-type': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)contract/schema\\.gen', message: 'Import types from src/contract.' },
          ],
        },
      ],
    },
  },
  {
    // No import cycles anywhere: a cycle makes load order decide what a module sees.
    plugins: { 'import-x': importX },
    settings: {
      // Follow imports into TypeScript files too (the default reads JavaScript only).
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  {
    // The layers (CONVENTIONS.md, Boundaries): features never import each other, the app level
    // composes them; src/components knows no feature and no app; src/ reaches the mock only
    // through the lazy start in src/main.tsx (the block after this one).
    files: ['src/**/*.{ts,tsx}'],
    ignores: TESTS_AND_STORIES,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features never import each other: compose them in src/app, share below.',
            })),
            {
              target: './src/components',
              from: ['./src/features', './src/app'],
              message: 'src/components is shared UI: it knows no feature and no app.',
            },
            {
              target: './src/contract',
              from: ['./src/app', './src/features', './src/components', './src/i18n'],
              message: 'src/contract is the bottom layer that the UI and the mock share.',
            },
            {
              target: './src',
              from: './mocks',
              message: 'Only src/main.tsx starts the mock backend, lazily (mocks/browser.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main.tsx'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [{ target: './src/main.tsx', from: './mocks', except: ['./browser.ts'] }] },
      ],
    },
  },
  {
    // The mock's rules are plain TypeScript: no MSW, no React, no I/O, nothing of the store or
    // the handlers; only the contract and each other.
    files: ['mocks/domain/**/*.ts'],
    ignores: TESTS_AND_STORIES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(msw|react|react-dom|@mui|vitest|node:|fs$|path$|http$)',
              message: 'mocks/domain holds the rules only: no MSW, React, test runner or I/O.',
            },
            { regex: '(^|/)contract/schema\\.gen', message: 'Import types from src/contract.' },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './mocks/domain',
              from: './mocks',
              except: ['./domain'],
              message: 'The rules do not know the store, the handlers or the data.',
            },
            {
              target: './mocks/domain',
              from: './src',
              except: ['./contract'],
              message: 'The rules import the contract only.',
            },
          ],
        },
      ],
    },
  },
  {
    // One file-name convention: kebab-case files and folders (PascalCase names live in code).
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs,cjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { '{src,mocks,tests,docs}/**/': 'KEBAB_CASE' },
      ],
    },
  },
  {
    // A file a newcomer can read whole: past 250 lines, split it by topic (every line counts;
    // the generated files are ignored above).
    rules: {
      'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.{ts,tsx}', '.storybook/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/no-disabled-tests': 'error',
      'vitest/no-focused-tests': 'error',
      'vitest/expect-expect': [
        'error',
        { assertFunctionNames: ['expect', 'expect*', 'assert*', '*.expect*'] },
      ],
    },
  },
  {
    files: ['src/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['**/*.stories.{ts,tsx}'],
    extends: [storybook.configs['flat/recommended']],
  },
  {
    files: [
      'vite.config.ts',
      'vitest.config.ts',
      'playwright.config.ts',
      'knip.config.ts',
      'mocks/node.ts',
      'mocks/server/**',
      'tests/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
