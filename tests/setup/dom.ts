import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { server } from '../../mocks/node';
import { resetMockStore } from '../../mocks/store';

// findBy…/waitFor wait up to 5 s, not 1 s: MUI in jsdom with lazy chunks (demo panel, search
// dialog, their messages) on a busy 2-core CI can take seconds; only a failing test waits longer.
configure({ asyncUtilTimeout: 5000 });

// jsdom lays nothing out, so it has no scrolling: Show's scroll to a row is a no-op here.
Element.prototype.scrollIntoView = vi.fn();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetMockStore();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  // As when a page goes: a view chosen but not yet in the URL is written now, so it cannot carry
  // over to the next test (which starts from the same URL).
  window.dispatchEvent(new Event('pagehide'));
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
