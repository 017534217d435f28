/**
 * Which backend the end-to-end specs run against. Unset: the production build with its mock in
 * the page (service worker). Set to a running `npm run mock:server`'s origin (for example
 * `E2E_MOCK_SERVER_URL=http://localhost:8787`): a build for that server, with no service worker,
 * talking to it over HTTP — the `mock-server` project.
 */
export const MOCK_SERVER_ORIGIN = (process.env.E2E_MOCK_SERVER_URL ?? '')
  .trim()
  .replace(/\/+$/, '');
