import {
  callApi,
  connectionsTable,
  customerRow,
  demo,
  demoState,
  expect,
  fillStorage,
  leaveApp,
  listRequests,
  openApp,
  reloadApp,
  rewriteStoredMockState,
  test,
  type MockStorageNames,
} from './fixtures';
import { NAMED } from '../../mocks/data/catalogue';
import { DATABASE_NAME, OBJECT_STORE } from '../../mocks/browser-storage';
import { REVISION_KEY, STORAGE_KEY } from '../../mocks/store';
import type { ErrorBody } from '../../src/contract';

/** What the store keeps, and what happens when it cannot keep it or finds it spoiled. */

const NAMES: MockStorageNames = {
  database: DATABASE_NAME,
  objectStore: OBJECT_STORE,
  stateKey: STORAGE_KEY,
  revisionKey: REVISION_KEY,
};

const ANGSTROEM = NAMED.angstroem.name;
const DUBOIS = NAMED.dubois.name;
const NOT_SAVED =
  'Not saved: the browser has no room left to store this change. Free some space (or reset the demo), then try again.';
const RESET_NOTICE = 'Your saved data could not be read and was reset to the starting state.';

test('storage full: the action is refused and the page says it was not saved; a reload loses nothing acknowledged', async ({
  page,
}) => {
  await openApp(page);
  await connectionsTable(page)
    .getByRole('button', { name: `Connect with ${ANGSTROEM}` })
    .click();
  await expect(customerRow(connectionsTable(page), ANGSTROEM)).toContainText('Pending');

  await fillStorage(page);
  const connect = connectionsTable(page).getByRole('button', { name: `Connect with ${DUBOIS}` });
  await connect.click();
  await expect(page.getByText(NOT_SAVED).first()).toBeVisible();
  // Not shown as sent: the suggestion is still there to try again.
  await expect(connect).toBeEnabled();
  await expect(customerRow(connectionsTable(page), DUBOIS)).toContainText('Suggested');

  // The API says so in the error shape, and the store kept nothing of it.
  const refused = await callApi<ErrorBody>(page, 'POST', '/api/connection-requests', {
    customerId: NAMED.papeleria.id,
    origin: 'suggestion',
  });
  expect(refused.status).toBe(503);
  expect(refused.body.error.code).toBe('storage_unavailable');
  const stored = (await listRequests(page)).map(({ customerName }) => customerName);
  expect(stored).toContain(ANGSTROEM);
  expect(stored).not.toContain(DUBOIS);
  expect(stored).not.toContain(NAMED.papeleria.name);

  // After a reload: what was acknowledged is there, what was refused is not.
  await reloadApp(page);
  await expect(customerRow(connectionsTable(page), ANGSTROEM)).toContainText('Pending');
  await expect(customerRow(connectionsTable(page), DUBOIS)).toContainText('Suggested');
});

test('a hostile stored state (clock 1e9 days ahead, id counter 0 beside req-n1): the default scenario with a notice, and every endpoint answers', async ({
  page,
}) => {
  await openApp(page);
  const created = await callApi<{ id: string }>(page, 'POST', '/api/connection-requests', {
    customerId: NAMED.angstroem.id,
    origin: 'suggestion',
  });
  expect(created.body.id).toBe('req-n1');
  await leaveApp(page);
  await rewriteStoredMockState(page, NAMES, {
    patch: { clockOffsetDays: 1e9, nextRequestNumber: 0 },
  });

  await openApp(page);
  await expect(page.getByText(RESET_NOTICE)).toBeVisible();
  await expect(customerRow(connectionsTable(page), NAMED.muellerLogistik.name)).toContainText(
    'Pending',
  );
  expect((await demoState(page)).clockOffsetDays).toBe(0);
  for (const path of ['/api/session', '/api/connection-requests', '/api/suggestions']) {
    expect((await callApi(page, 'GET', path)).status, path).toBe(200);
  }
});

test.describe('other hostile stored states are replaced before any call uses them', () => {
  for (const [label, patch] of [
    ['anchor 1e300', { anchor: 1e300 }],
    ['searchesUsed 1e9', { searchesUsed: 1e9 }],
    ['latencyMs 1e9', { faults: { latencyMs: 1e9, failureRate: 0 } }],
    ['a used token of 1 MB', { usedCaptchaTokens: [['t'.repeat(1_000_000), 0]] }],
  ] as const) {
    test(label, async ({ page }) => {
      await openApp(page);
      // Something stored to spoil: a reset saves the default state.
      await demo(page, 'reset');
      await rewriteStoredMockState(page, NAMES, { patch });
      const session = await callApi<{ notice: { code: string } | null }>(
        page,
        'GET',
        '/api/session',
      );
      expect(session.status).toBe(200);
      expect(session.body.notice?.code).toBe('state_reset');
      expect((await callApi(page, 'GET', '/api/connection-requests')).status).toBe(200);
    });
  }
});

test('a state an earlier build left in localStorage is dropped, with the notice', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (window.sessionStorage.getItem('e2e.legacy') !== null) return;
    window.sessionStorage.setItem('e2e.legacy', 'yes');
    window.localStorage.setItem('connection-requests.mock-state.v1', '{"version":1}');
    window.localStorage.setItem('connection-requests.mock-revision.v1', '7');
  });
  await openApp(page);
  await expect(page.getByText(RESET_NOTICE)).toBeVisible();
  expect(
    await page.evaluate(() => window.localStorage.getItem('connection-requests.mock-state.v1')),
  ).toBeNull();
});

test('without IndexedDB the mock keeps its state in localStorage: a reload still loses nothing', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openApp(page);
  await connectionsTable(page)
    .getByRole('button', { name: `Connect with ${ANGSTROEM}` })
    .click();
  await expect(customerRow(connectionsTable(page), ANGSTROEM)).toContainText('Pending');
  expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toContain(
    NAMED.angstroem.id,
  );
  await reloadApp(page);
  await expect(customerRow(connectionsTable(page), ANGSTROEM)).toContainText('Pending');
});
