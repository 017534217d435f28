import { afterAll, afterEach, beforeEach, expect, inject } from 'vitest';
import { contractMonitor } from '../contract/conformance';
import { resetDemo } from '../contract/helpers';

// One server for the whole run: every test starts from the default scenario, as in-process.
const demoControls = inject('demoControls');

beforeEach(async ({ task, skip }) => {
  if (demoControls) {
    await resetDemo();
    // The reset's own response is checked, and must not count against the test.
    expect(contractMonitor.drain(), 'the reset broke openapi.yaml').toEqual([]);
    return;
  }
  skip(
    task.tags?.includes('demo') === true,
    'needs the demo controls, which this server has none of',
  );
});
afterEach(() => {
  expect(contractMonitor.drain(), 'responses that break openapi.yaml').toEqual([]);
});
// Leave the server as a run found it: the default scenario.
afterAll(async () => {
  if (demoControls) await resetDemo();
});
