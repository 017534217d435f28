import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '../../mocks/node';
import { resetMockStore } from '../../mocks/store';

// Any request no handler answers fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
