import type { ConnectionRequest, Session, SuggestionPage } from '../../src/contract';
import { callApi, expect, listRequests, openApp, test, type Page } from './fixtures';

/**
 * The demo build swaps MSW's cookie jar (tough-cookie and its public-suffix list) for an empty
 * one (mocks/no-cookie-jar.ts, aliased in vite.config.ts). These prove that the build really
 * carries the stand-in, and that MSW still intercepts and answers reads and writes with it.
 */

/** Every source file of the JavaScript this page has loaded, from the build's source maps. */
async function loadedSources(page: Page): Promise<string[]> {
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
      .filter((url) => url.pathname.endsWith('.js'))
      .map((url) => url.pathname),
  );
  const sources: string[] = [];
  for (const script of new Set(scripts)) {
    const map = await page.request.get(`${script}.map`);
    expect(map.status(), `${script}.map`).toBe(200);
    const { sources: own } = (await map.json()) as { sources: string[] };
    sources.push(...own);
  }
  return sources;
}

test.describe('the mock backend without MSW’s cookie jar', { tag: '@service-worker' }, () => {
  test('the loaded mock carries the stand-in jar, not tough-cookie or a public-suffix list', async ({
    page,
  }) => {
    await openApp(page);
    // The mock's chunk loads after the first rows; wait until it has been fetched.
    await expect
      .poll(async () => (await loadedSources(page)).some((s) => s.includes('/msw/lib/browser/')))
      .toBe(true);
    const sources = await loadedSources(page);
    expect(sources.filter((s) => s.endsWith('/mocks/no-cookie-jar.ts'))).toHaveLength(1);
    expect(sources.filter((s) => /\/node_modules\/(tough-cookie|tldts[^/]*)\//.test(s))).toEqual(
      [],
    );
  });

  test('MSW answers a read and a write through the service worker', async ({ page }) => {
    const session = page.waitForResponse((response) => response.url().endsWith('/api/session'));
    await openApp(page);
    const sessionResponse = await session;
    expect(sessionResponse.fromServiceWorker()).toBe(true);
    expect(sessionResponse.status()).toBe(200);
    expect(((await sessionResponse.json()) as Session).user.role).toBe('admin');

    const suggestions = await callApi<SuggestionPage>(page, 'GET', '/api/suggestions');
    const customer = suggestions.body.items[0];
    if (customer === undefined) throw new Error('the default scenario suggests no customer');
    const sent = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/connection-requests') &&
        response.request().method() === 'POST',
    );
    const created = await callApi<ConnectionRequest>(page, 'POST', '/api/connection-requests', {
      customerId: customer.customerId,
      origin: 'suggestion',
    });
    expect((await sent).fromServiceWorker()).toBe(true);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ customerId: customer.customerId, status: 'pending' });
    // Written to the mock's store: the next read has it.
    expect(await listRequests(page)).toContainEqual(
      expect.objectContaining({ id: created.body.id, status: 'pending' }),
    );
  });
});
