// Sums the Vitest and Playwright JSON reports of a CI run into one closing line,
// "N passed, N failed, N skipped", so the run's test count is read from one place. The runs
// against the mock server over HTTP (contract suite, mock-server project) add their reports.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`summarize-results: cannot read ${path}: ${error.message}`);
    process.exit(1);
  }
}

/** The required report, and the optional ones that this run wrote. */
function reports(required, optional) {
  return [required, ...optional.filter((path) => existsSync(path))].map((path) => ({
    path,
    report: read(path),
  }));
}

const vitest = reports('reports/vitest.json', ['reports/vitest-contract.json']);
const playwright = reports('reports/playwright.json', ['reports/playwright-mock-server.json']);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const { path, report } of vitest) {
  console.log(`${path}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
for (const { path, report } of playwright) {
  const { expected, flaky, unexpected } = report.stats;
  console.log(`${path}: ${expected + flaky} passed, ${unexpected} failed`);
  passed += expected + flaky;
  failed += unexpected;
  skipped += report.stats.skipped;
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
