import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { ScenarioName } from '../../src/contract';
import { MOCK_SERVER_ORIGIN } from './backend';
import { demo } from './fixtures/mock-api';

/**
 * What every e2e spec imports: the test with its fixtures and opening the app, here; the mock
 * API, the browser's storage and the page's parts from the modules in fixtures/.
 */
export * from './fixtures/mock-api';
export * from './fixtures/page-parts';
export * from './fixtures/stored-state';
export { expect };
export type { Locator, Page };

/**
 * Every e2e test fails when the page throws an uncaught error: "no crash" is checked
 * everywhere, not only where a test remembers to look. Against the mock server, whose state
 * outlives a browser context, every test starts from a reset, as a new context does in-page.
 */
export const test = base.extend<{ pageErrors: Error[]; freshMockServer: void; secondTab: Page }>({
  freshMockServer: [
    async ({ request }, use) => {
      if (MOCK_SERVER_ORIGIN !== '') {
        const reset = await request.post(`${MOCK_SERVER_ORIGIN}/api/demo/reset`);
        expect(reset.status(), 'POST /api/demo/reset on the mock server').toBe(200);
      }
      await use();
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  /** Another tab of the same browser context as `page` (same origin storage), checked alike. */
  secondTab: async ({ context }, use) => {
    const tab = await context.newPage();
    const errors: Error[] = [];
    tab.on('pageerror', (error) => errors.push(error));
    await use(tab);
    expect(errors, 'uncaught errors in the second tab').toEqual([]);
  },
});

export type Language = 'en' | 'de';

const APP_START_TIMEOUT = 30_000;

export interface OpenAppOptions {
  /** Load this scenario through the demo API before the test starts (default: `default`). */
  scenario?: ScenarioName;
  /** The UI language, chosen the way a user's earlier choice is remembered. */
  lang?: Language;
}

/**
 * The page's table (or, below 900 px, its cards), or the explanation a non-administrator gets
 * instead of it.
 */
export function pageReady(page: Page): Locator {
  return page
    .getByRole('table')
    .or(page.getByRole('list', { name: /requests and suggestions|anfragen und vorschläge/i }))
    .or(page.getByText(/only administrators|nur administratoren/i))
    .first();
}

/**
 * Opens the app (production build, mock backend in the page) and waits until the table or
 * the member message is shown. With a scenario other than the default, loads it through the
 * demo API and reloads, so that the app starts from that state as a user would see it.
 */
export async function openApp(page: Page, { scenario, lang }: OpenAppOptions = {}) {
  if (lang !== undefined) {
    // The app remembers the user's language choice in localStorage (src/i18n).
    await page.addInitScript((language) => {
      if (window.localStorage.getItem('cr.language') === null) {
        window.localStorage.setItem('cr.language', language);
      }
    }, lang);
  }
  await page.goto('/');
  // The first load installs the service worker and loads the mock backend: allow for it.
  await expect(pageReady(page)).toBeVisible({ timeout: APP_START_TIMEOUT });
  if (scenario !== undefined && scenario !== 'default') {
    await demo(page, 'scenario', { name: scenario });
    await page.reload();
    await expect(pageReady(page)).toBeVisible({ timeout: APP_START_TIMEOUT });
  }
}

/** Reloads and waits for the page again: the app refetches after demo API changes. */
export async function reloadApp(page: Page) {
  await page.reload();
  await expect(pageReady(page)).toBeVisible({ timeout: APP_START_TIMEOUT });
}
