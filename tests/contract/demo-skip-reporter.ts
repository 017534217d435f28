/**
 * Says in one line how many contract tests were skipped because the server under test has no
 * demo controls (they are tagged `demo`), so a partial run against a real backend is plain.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class DemoSkipReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    let total = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        total += 1;
        if (test.tags.includes('demo') && test.result().state === 'skipped') skipped += 1;
      }
    }
    if (skipped > 0) {
      console.log(
        `contract: ${skipped} of ${total} tests need the demo controls and were skipped (tag "demo").`,
      );
    }
  }
}
