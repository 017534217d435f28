import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type {
  ConnectionRequest,
  ConnectionRequestHistory,
  ConnectionRequestPage,
  DemoState,
  ScenarioName,
} from '../../src/contract';

export { expect };
export type { Locator, Page };

/**
 * Every e2e test fails when the page throws an uncaught error: "no crash" is checked
 * everywhere, not only where a test remembers to look.
 */
export const test = base.extend<{ pageErrors: Error[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export type Language = 'en' | 'de';

export interface OpenAppOptions {
  /** Load this scenario through the demo API before the test starts (default: `default`). */
  scenario?: ScenarioName;
  /** The UI language, chosen the way a user's earlier choice is remembered. */
  lang?: Language;
}

/** The requests table, or the explanation a non-administrator gets instead of it. */
export function pageReady(page: Page): Locator {
  return page
    .getByRole('table')
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
  await expect(pageReady(page)).toBeVisible();
  if (scenario !== undefined && scenario !== 'default') {
    await demo(page, 'scenario', { name: scenario });
    await page.reload();
    await expect(pageReady(page)).toBeVisible();
  }
}

/** Reloads and waits for the page again: the app refetches after demo API changes. */
export async function reloadApp(page: Page) {
  await page.reload();
  await expect(pageReady(page)).toBeVisible();
}

export interface ApiResponse<T> {
  status: number;
  body: T;
}

/**
 * Calls the mock API from inside the page: the mock backend runs in the page's service worker,
 * so Playwright's `request` fixture cannot reach it.
 */
export async function callApi<T = unknown>(
  page: Page,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as T };
    },
    { method, path, body },
  );
}

/** POSTs to a demo control (`/api/demo/<path>`) and fails the test when it is refused. */
export async function demo<T = DemoState>(page: Page, path: string, body: unknown = {}) {
  const response = await callApi<T>(page, 'POST', `/api/demo/${path}`, body);
  expect(response.status, `POST /api/demo/${path} → ${JSON.stringify(response.body)}`).toBeLessThan(
    300,
  );
  return response.body;
}

export async function demoState(page: Page): Promise<DemoState> {
  const response = await callApi<DemoState>(page, 'GET', '/api/demo/state');
  expect(response.status).toBe(200);
  return response.body;
}

/** Every latest request of the supplier (first 100), straight from the mock API. */
export async function listRequests(page: Page): Promise<ConnectionRequest[]> {
  const response = await callApi<ConnectionRequestPage>(
    page,
    'GET',
    '/api/connection-requests?pageSize=100',
  );
  expect(response.status).toBe(200);
  return response.body.items;
}

/** The latest request to the customer with this exact name. */
export async function requestFor(page: Page, customerName: string): Promise<ConnectionRequest> {
  const request = (await listRequests(page)).find((item) => item.customerName === customerName);
  if (request === undefined) throw new Error(`No request to "${customerName}"`);
  return request;
}

/** Every request ever sent to that request's customer, newest first. */
export async function historyOf(page: Page, requestId: string): Promise<ConnectionRequest[]> {
  const response = await callApi<ConnectionRequestHistory>(
    page,
    'GET',
    `/api/connection-requests/${encodeURIComponent(requestId)}/history`,
  );
  expect(response.status).toBe(200);
  return response.body.items;
}

/** The table row of a customer (rows are named by their cells' text). */
export function rowOf(page: Page, customerName: string): Locator {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: customerName, exact: false }) })
    .filter({ hasText: customerName });
}

export interface AxeOptions {
  /** Limit the scan to this part of the page (e.g. a dialog). */
  include?: string;
}

/**
 * Fails on any serious or critical axe violation (WCAG 2.0–2.2 A/AA rules), listing each
 * rule with its offending elements so the failure says what to fix.
 */
export async function expectNoSeriousA11yViolations(page: Page, { include }: AxeOptions = {}) {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ]);
  if (include !== undefined) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({
      rule: id,
      impact,
      help,
      targets: nodes.map((node) => node.target.join(' ')),
    }));
  expect(serious, 'serious or critical accessibility violations').toEqual([]);
}
