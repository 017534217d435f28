import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { server } from '../../mocks/node';
import { resetMockStore } from '../../mocks/store';
import { contractMonitor } from '../contract/conformance';

// Any request no handler answers fails the test.
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // Every mocked /api response is checked against openapi.yaml; a drift fails the test.
  contractMonitor.attach(server);
});
beforeEach(() => resetMockStore());
afterEach(async () => {
  server.resetHandlers();
  expect(await contractMonitor.drain(), 'responses that break openapi.yaml').toEqual([]);
});
afterAll(() => server.close());
