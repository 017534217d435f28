import { MOCK_SERVER_ORIGIN } from './backend';
import { expect, test } from './fixtures';

test('the production demo build loads and shows its title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Connection Requests');
  await expect(page.getByRole('banner').getByText('Connection Requests')).toBeVisible();
});

test(
  'a cold start registers the mock worker early and loads the page once',
  { tag: '@service-worker' },
  async ({ page }) => {
    // MSW reloads a page that has a worker registration but no controller; the early registration
    // in index.html must never cause that.
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    // Who registers the worker, and when: index.html's inline script runs while the document is
    // still being parsed, before any of the app's (deferred, module) scripts.
    await page.addInitScript(() => {
      const calls: { url: string; readyState: DocumentReadyState }[] = [];
      Object.assign(window, { workerRegistrations: calls });
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      container.register = (url, options) => {
        calls.push({ url: String(url), readyState: document.readyState });
        return register(url, options);
      };
    });
    await page.goto('/');
    await expect(
      page.getByRole('table', { name: 'Requests and suggestions' }).getByRole('rowheader').first(),
    ).toBeVisible({ timeout: 20_000 });
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        script: registration?.active?.scriptURL ?? null,
        controlled: navigator.serviceWorker.controller !== null,
      };
    });
    const calls = await page.evaluate(
      () => (window as unknown as { workerRegistrations: unknown }).workerRegistrations,
    );
    expect(calls).toEqual(
      expect.arrayContaining([{ url: '/mockServiceWorker.js', readyState: 'loading' }]),
    );
    expect(worker.script).toMatch(/\/mockServiceWorker\.js$/);
    expect(worker.controlled).toBe(true);
    expect(loads).toBe(1);
  },
);

test(
  'the build for the mock server has no service worker and calls the server over HTTP',
  { tag: '@mock-server' },
  async ({ page }) => {
    const calls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) calls.push(request.url());
    });
    await page.goto('/');
    await expect(
      page.getByRole('table', { name: 'Requests and suggestions' }).getByRole('rowheader').first(),
    ).toBeVisible({ timeout: 20_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((url) => !url.startsWith(`${MOCK_SERVER_ORIGIN}/api/`))).toEqual([]);
    await expect(page.getByRole('button', { name: 'Demo' })).toBeVisible();
  },
);
