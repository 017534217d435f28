import {
  connectionsTable,
  customerRow,
  demo,
  expect,
  historyOf,
  leaveApp,
  listRequests,
  openApp,
  pageReady,
  reloadApp,
  requestFor,
  rewriteStoredMockState,
  test,
  type Page,
} from './fixtures';
import { NAMED } from '../../mocks/data/catalogue';
import { DATABASE_NAME, OBJECT_STORE } from '../../mocks/browser-storage';
import { REVISION_KEY, STORAGE_KEY } from '../../mocks/store';

const ANGSTROEM = NAMED.angstroem.name;
const DUBOIS = NAMED.dubois.name;
const MUELLER = NAMED.muellerLogistik.name;

const UNAVAILABLE = 'The service is unavailable right now. Please try again.';

/** What the server has stored, in a form two snapshots can be compared by. */
async function storedRequests(page: Page) {
  return (await listRequests(page))
    .map(({ id, customerId, status, attempt, contactEmail, comment }) => ({
      id,
      customerId,
      status,
      attempt,
      contactEmail,
      comment,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

test('every call failing with 503: clear messages, nothing lost, and Retry works once cleared', async ({
  page,
}) => {
  await openApp(page);
  const before = await storedRequests(page);
  await demo(page, 'faults', { latencyMs: 0, failureRate: 1 });

  // An action fails with a sentence, not a crash, and the suggestion is still there to retry.
  const connect = connectionsTable(page).getByRole('button', { name: `Connect with ${ANGSTROEM}` });
  await connect.click();
  await expect(page.getByText(UNAVAILABLE).first()).toBeVisible();
  await expect(connect).toBeEnabled();

  // A reload while everything fails: the page explains and offers Retry.
  await page.reload();
  await expect(page.getByText(UNAVAILABLE).first()).toBeVisible();
  const retry = page.getByRole('button', { name: 'Retry' }).first();
  await expect(retry).toBeVisible();

  await demo(page, 'faults', { latencyMs: 0, failureRate: 0 });
  await retry.click();
  await expect(connectionsTable(page)).toBeVisible();
  expect(await storedRequests(page)).toEqual(before);

  // The failed Connect can be done now, and it is sent once.
  await connectionsTable(page)
    .getByRole('button', { name: `Connect with ${ANGSTROEM}` })
    .click();
  await expect(customerRow(connectionsTable(page), ANGSTROEM)).toContainText('Pending');
  const sent = await requestFor(page, ANGSTROEM);
  expect(await historyOf(page, sent.id)).toHaveLength(1);
});

test('3 s latency: loading states show, and a double click sends one request', async ({ page }) => {
  test.slow();
  await openApp(page);
  await demo(page, 'faults', { latencyMs: 3000, failureRate: 0 });

  await page.reload();
  // Nothing to show yet: the page says it is loading instead of looking empty.
  await expect(page.getByText(/loading/i).first()).toBeVisible();
  await expect(pageReady(page)).toBeVisible({ timeout: 15_000 });

  const connect = connectionsTable(page).getByRole('button', { name: `Connect with ${DUBOIS}` });
  await expect(connect).toBeVisible({ timeout: 15_000 });
  await connect.dblclick();
  // While the request is on its way its button is disabled.
  await expect(connect).toBeDisabled();
  await expect(customerRow(connectionsTable(page), DUBOIS)).toContainText('Pending', {
    timeout: 15_000,
  });

  await demo(page, 'faults', { latencyMs: 0, failureRate: 0 });
  const sent = await requestFor(page, DUBOIS);
  expect(await historyOf(page, sent.id)).toHaveLength(1);
  await expect(page.getByText('A request to this customer is already pending.')).toHaveCount(0);
});

test('the response is lost after the server stored the request: the retry leaves exactly one', async ({
  page,
}) => {
  // Drop the first POST /api/connection-requests response after the mock handled it, as a
  // network cut would: the request is stored, but the app only sees "Failed to fetch".
  await page.addInitScript(() => {
    const originalFetch = window.fetch.bind(window);
    let dropped = false;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      // Read method and URL without building a new Request: that would consume the body.
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      const url = input instanceof Request ? input.url : String(input);
      const response = await originalFetch(input, init);
      const isCreate =
        method.toUpperCase() === 'POST' &&
        new URL(url, window.location.href).pathname === '/api/connection-requests';
      if (isCreate && !dropped) {
        dropped = true;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
  });
  await openApp(page);

  const connect = connectionsTable(page).getByRole('button', { name: `Connect with ${ANGSTROEM}` });
  await connect.click();
  await expect(
    page.getByText('The server could not be reached. Check your connection and try again.').first(),
  ).toBeVisible();
  // The server did act.
  const stored = await requestFor(page, ANGSTROEM);
  expect(stored.status).toBe('pending');

  // The user tries again (the suggestion row is still shown: the app saw no success).
  await connect.click();
  await expect(customerRow(connectionsTable(page), ANGSTROEM)).toContainText('Pending');
  // Same Idempotency-Key: the server answered with the first request, not a 409 or a second one.
  await expect(page.getByText('A request to this customer is already pending.')).toHaveCount(0);
  const history = await historyOf(page, stored.id);
  expect(history.map(({ id }) => id)).toEqual([stored.id]);
});

test('two tabs connect the same customer at once: one request is sent, the other tab is told, both show it', async ({
  page,
  secondTab,
}) => {
  await openApp(page);
  await openApp(secondTab);
  const connect = (tab: Page) =>
    connectionsTable(tab).getByRole('button', { name: `Connect with ${ANGSTROEM}` });
  // Every call waits 3 s after it arrives, so both tabs' requests are in flight together however
  // the machine schedules the two clicks (a busy tab took 0.4 s to click, long enough for the
  // other tab's whole request without latency, and the row changed under its click).
  await demo(page, 'faults', { latencyMs: 3000, failureRate: 0 });
  await expect(connect(page)).toBeEnabled();
  await expect(connect(secondTab)).toBeEnabled();

  // Both clicks go out before either tab hears of the other's: each row waits for its answer.
  await Promise.all([connect(page).click(), connect(secondTab).click()]);
  await expect(connect(page)).toBeDisabled();
  await expect(connect(secondTab)).toBeDisabled();
  // What follows (the other tab's refetch) needs no latency; the two requests keep theirs.
  await demo(page, 'faults', { latencyMs: 0, failureRate: 0 });
  const told = 'A request to this customer is already pending.';
  await expect
    .poll(
      async () => (await page.getByText(told).count()) + (await secondTab.getByText(told).count()),
    )
    .toBeGreaterThan(0);
  for (const tab of [page, secondTab]) {
    await expect(customerRow(connectionsTable(tab), ANGSTROEM)).toContainText('Pending');
    await expect(customerRow(connectionsTable(tab), ANGSTROEM)).not.toContainText('Suggested');
  }
  const sent = await requestFor(secondTab, ANGSTROEM);
  expect(await historyOf(secondTab, sent.id)).toHaveLength(1);
});

test('a reload in the middle of a flow loses nothing stored', async ({ page }) => {
  await openApp(page);
  await connectionsTable(page)
    .getByRole('button', { name: `Connect with ${ANGSTROEM}` })
    .click();
  await expect(customerRow(connectionsTable(page), ANGSTROEM)).toContainText('Pending');
  await demo(page, 'clock', { advanceDays: 1 });
  await reloadApp(page);
  await expect(customerRow(connectionsTable(page), NAMED.societeGenerale.name)).toContainText(
    'Expired',
  );
  const rowsBefore = await connectionsTable(page).getByRole('row').allInnerTexts();
  // Start another flow and leave it half done: the withdraw dialog is open.
  await customerRow(connectionsTable(page), MUELLER)
    .getByRole('button', { name: `Withdraw the request to ${MUELLER}` })
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const before = await storedRequests(page);

  await reloadApp(page);
  expect(await storedRequests(page)).toEqual(before);
  await expect(customerRow(connectionsTable(page), ANGSTROEM)).toContainText('Pending');
  await expect(customerRow(connectionsTable(page), MUELLER)).toContainText('Pending');
  await expect(customerRow(connectionsTable(page), ANGSTROEM)).not.toContainText('Suggested');
  // The clock moved too: the 29-day-old request has expired, and stays so.
  await expect(customerRow(connectionsTable(page), NAMED.societeGenerale.name)).toContainText(
    'Expired',
  );
  expect(await connectionsTable(page).getByRole('row').allInnerTexts()).toEqual(rowsBefore);
});

test('corrupt stored mock state: the default scenario with a notice, no crash', async ({
  page,
}) => {
  await openApp(page);
  await leaveApp(page);
  await rewriteStoredMockState(
    page,
    {
      database: DATABASE_NAME,
      objectStore: OBJECT_STORE,
      stateKey: STORAGE_KEY,
      revisionKey: REVISION_KEY,
    },
    { raw: '{"version": 2, "scenario": "default", "upserts": [tru' },
  );
  // The app must repair and persist a good state.
  await openApp(page);
  await expect(
    page.getByText('Your saved data could not be read and was reset to the starting state.'),
  ).toBeVisible();
  await expect(customerRow(connectionsTable(page), MUELLER)).toContainText('Pending');
  expect((await listRequests(page)).length).toBeGreaterThan(10);

  // The repaired state is what is stored now: no notice after a reload.
  await reloadApp(page);
  await expect(
    page.getByText('Your saved data could not be read and was reset to the starting state.'),
  ).toHaveCount(0);
});
