import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock backend for Node (Vitest): in-memory store, reset per test with resetMockStore(). */
export const server = setupServer(...handlers);
