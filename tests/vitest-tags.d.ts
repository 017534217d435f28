import 'vitest';

// The test tags defined in vitest.config.ts; a typo in a test's `tags` is a type error.
declare module 'vitest' {
  interface TestTags {
    tags: 'demo';
  }
}
