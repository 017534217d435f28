import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { server } from '../../mocks/node';
import { resetMockStore } from '../../mocks/store';
import { contractMonitor } from '../contract/conformance';

// Any request no handler answers fails the test.
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => resetMockStore());
afterEach(() => {
  server.resetHandlers();
  // Every /api response the contract client saw is checked against openapi.yaml.
  expect(contractMonitor.drain(), 'responses that break openapi.yaml').toEqual([]);
});
afterAll(() => server.close());
