// Sums the Vitest and Playwright JSON reports of a CI run into one closing line,
// "N passed, N failed, N skipped", so the run's test count is read from one place.
import { readFileSync } from 'node:fs';

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`summarize-results: cannot read ${path}: ${error.message}`);
    process.exit(1);
  }
}

const vitest = read('reports/vitest.json');
const playwright = read('reports/playwright.json');
const passed = vitest.numPassedTests + playwright.stats.expected + playwright.stats.flaky;
const failed = vitest.numFailedTests + playwright.stats.unexpected;
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.stats.skipped;

console.log(
  `vitest: ${vitest.numPassedTests} passed; playwright: ${playwright.stats.expected} passed`,
);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
