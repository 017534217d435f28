import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type {
  ConnectionRequest,
  ConnectionRequestHistory,
  ConnectionRequestPage,
  DemoState,
  ScenarioName,
  SuggestionPage,
} from '../../src/contract';
import { MOCK_SERVER_ORIGIN } from './backend';

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

export interface ApiResponse<T> {
  status: number;
  body: T;
}

/**
 * Calls the mock API from inside the page: the mock backend runs in the page's service worker,
 * so Playwright's `request` fixture cannot reach it. Against the mock server the same call goes
 * to that server's origin (it allows this page's origin by CORS).
 */
export async function callApi<T = unknown>(
  page: Page,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as T };
    },
    { method, url: `${MOCK_SERVER_ORIGIN}${path}`, body },
  );
}

export interface RawApiResponse {
  status: number;
  contentType: string | null;
  allow: string | null;
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown;
}

/**
 * Any method and any body as given, from inside the page: what a careless client or a plain
 * HTML form would send, rather than what the app sends.
 */
export async function callApiRaw(
  page: Page,
  method: string,
  path: string,
  { body, contentType }: { body?: string; contentType?: string } = {},
): Promise<RawApiResponse> {
  return page.evaluate(
    async ({ method, path, body, contentType }) => {
      const response = await fetch(path, {
        method,
        headers: contentType === undefined ? {} : { 'Content-Type': contentType },
        body: body ?? null,
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        // Not JSON (index.html, say): the test sees the text.
      }
      return {
        status: response.status,
        contentType: response.headers.get('Content-Type'),
        allow: response.headers.get('Allow'),
        body: parsed,
      };
    },
    { method, path, body, contentType },
  );
}

/** Where the browser's mock keeps its state (mocks/browser-storage.ts, mocks/store.ts). */
export interface MockStorageNames {
  database: string;
  objectStore: string;
  stateKey: string;
  revisionKey: string;
}

/**
 * Changes the mock's stored state as another tab writing it would: the JSON `patch` is merged
 * into the stored state (or `raw` replaces it), under a new revision. The page's next API call
 * reads it.
 */
export async function rewriteStoredMockState(
  page: Page,
  names: MockStorageNames,
  change: { patch: Record<string, unknown> } | { raw: string },
): Promise<void> {
  await page.evaluate(
    async ({ names, change }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(names.database);
        opening.onsuccess = () => {
          resolve(opening.result);
        };
        opening.onerror = () => {
          reject(opening.error ?? new Error('IndexedDB did not open'));
        };
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(names.objectStore, 'readwrite');
        const store = transaction.objectStore(names.objectStore);
        const reading = store.get(names.stateKey);
        const revision = store.get(names.revisionKey);
        revision.onsuccess = () => {
          if (!('raw' in change) && typeof reading.result !== 'string') {
            transaction.abort();
            return;
          }
          const raw =
            'raw' in change
              ? change.raw
              : JSON.stringify({
                  ...(JSON.parse(String(reading.result)) as Record<string, unknown>),
                  ...change.patch,
                });
          store.put(raw, names.stateKey);
          store.put(String(Number(revision.result ?? 0) + 1), names.revisionKey);
        };
        transaction.oncomplete = () => {
          resolve();
        };
        transaction.onabort = () => {
          reject(transaction.error ?? new Error('Nothing stored to patch: make a change first.'));
        };
      });
      db.close();
    },
    { names, change },
  );
}

/**
 * Leaves this origin no room to store anything more, as a full disk would: the quota is cut to
 * what is used plus a little (Chromium's DevTools protocol), then a filler database takes the
 * rest with incompressible data until even small writes fail.
 */
export async function fillStorage(page: Page): Promise<void> {
  const origin = new URL(page.url()).origin;
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 512 * 1024 });
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('e2e-filler', 1);
      opening.onupgradeneeded = () => {
        opening.result.createObjectStore('filler');
      };
      opening.onsuccess = () => {
        resolve(opening.result);
      };
      opening.onerror = () => {
        reject(opening.error ?? new Error('IndexedDB did not open'));
      };
    });
    const noise = (length: number) => {
      const bytes = new Uint8Array(length);
      for (let at = 0; at < length; at += 65_536) {
        crypto.getRandomValues(bytes.subarray(at, at + 65_536));
      }
      return Array.from(bytes, (byte) => String.fromCharCode(33 + (byte % 90))).join('');
    };
    const put = (key: number, value: string) =>
      new Promise<boolean>((resolve) => {
        const transaction = db.transaction('filler', 'readwrite');
        transaction.objectStore('filler').put(value, key);
        transaction.oncomplete = () => {
          resolve(true);
        };
        transaction.onabort = () => {
          resolve(false);
        };
      });
    let key = 0;
    for (const size of [65_536, 8192, 1024, 128]) {
      while (await put(key, noise(size))) key += 1;
    }
    db.close();
  });
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

/** The page's one table: requests and suggestions as rows (SPEC §1). */
export function connectionsTable(page: Page): Locator {
  return page.getByRole('table', { name: /requests and suggestions|anfragen und vorschläge/i });
}

/** The page's one table as cards, on a screen narrower than 900 px. */
export function connectionsCards(page: Page): Locator {
  return page.getByRole('list', { name: /requests and suggestions|anfragen und vorschläge/i });
}

/** The row of a customer in a table: the row whose row header or cell is the customer's name. */
export function customerRow(table: Locator, customerName: string): Locator {
  return table.getByRole('row').filter({ hasText: customerName });
}

/** Opens the search dialog with the Search button under the table. */
export async function openSearchDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^search$/i }).click();
  const dialog = page.getByRole('dialog', { name: /search for a customer/i });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Types a query in the search dialog and runs the search. */
export async function searchFor(dialog: Locator, query: string) {
  await dialog.getByRole('textbox', { name: /customer name/i }).fill(query);
  await dialog.getByRole('button', { name: /^search$/i }).click();
}

/** Opens the demo panel from the header. */
export async function openDemoPanel(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^demo/i }).click();
  const panel = page.getByRole('dialog', { name: /demo controls/i });
  await expect(panel).toBeVisible();
  return panel;
}

/** For building a RegExp from a customer name (names contain `.`, `&`, `(`, …). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The customers suggested right now (first 100), straight from the mock API. */
export async function listSuggestedCustomers(page: Page): Promise<string[]> {
  const response = await callApi<SuggestionPage>(page, 'GET', '/api/suggestions?pageSize=100');
  expect(response.status).toBe(200);
  return response.body.items.map(({ customerName }) => customerName);
}

/** Opens Send again on a customer's row by keyboard: focus its button, press Enter. */
export async function openSendAgain(page: Page, customerName: string): Promise<Locator> {
  const button = customerRow(connectionsTable(page), customerName).getByRole('button', {
    name: `Send again to ${customerName}`,
  });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Send again to ${customerName}` });
  await expect(dialog).toBeVisible();
  return dialog;
}
