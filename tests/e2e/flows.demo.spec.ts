import {
  callApi,
  connectionsTable,
  customerRow,
  demo,
  demoState,
  expect,
  openApp,
  openDemoPanel,
  reloadApp,
  requestFor,
  test,
} from './fixtures';
import { NAMED } from '../../mocks/data/catalogue';
import type { ErrorBody, MergeReport } from '../../src/contract';
import { MUELLER, SOCIETE } from './fixtures/customers';

/** What the customer's answers and the other demo controls change on the page. */

test('a rejection comment that looks like HTML is shown as text', async ({ page }) => {
  await openApp(page);
  const panel = await openDemoPanel(page);
  await panel.getByRole('button', { name: `Reject ${SOCIETE}` }).click();
  await panel.getByRole('textbox', { name: /comment/i }).fill('<b>no</b>');
  await panel.getByRole('button', { name: 'Send rejection' }).click();
  await panel.getByRole('button', { name: /close demo controls/i }).click();

  const row = customerRow(connectionsTable(page), SOCIETE);
  await expect(row).toContainText('Rejected');
  await expect(row).toContainText('<b>no</b>');
  await expect(row.locator('b')).toHaveCount(0);
  await expect(row).toContainText('Rejected: ask the customer for an invitation.');
  expect(await requestFor(page, SOCIETE)).toMatchObject({
    status: 'rejected',
    comment: '<b>no</b>',
  });
});

test('an approved customer opens its accounts card by keyboard focus', async ({ page }) => {
  await openApp(page);
  const panel = await openDemoPanel(page);
  await panel.getByRole('button', { name: `Approve ${MUELLER}` }).click();
  await panel.getByRole('button', { name: /close demo controls/i }).click();

  const row = customerRow(connectionsTable(page), MUELLER);
  await expect(row).toContainText('Approved');
  const name = row.getByRole('button', { name: MUELLER, exact: true });
  await expect(name).toBeVisible();

  // Tab until the name has focus, as a keyboard user would reach it.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let presses = 0; presses < 80; presses += 1) {
    if (await name.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-expanded', 'true');
  // The card is the element the name points to with aria-describedby.
  const cardId = await name.getAttribute('aria-describedby');
  expect(cardId).not.toBeNull();
  const card = page.locator(`[id="${cardId ?? ''}"]`);
  await expect(card).toBeVisible();
  await expect(card).toContainText(`Accounts of ${MUELLER}`);
  await expect(card.getByRole('listitem')).toHaveCount(NAMED.muellerLogistik.accountCount);

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(name).toBeFocused();
});

test('since your last visit: the customers that answered, badged in the table', async ({
  page,
}) => {
  await openApp(page);
  // A visit an hour ago (server time), then the customer answers.
  const { serverTime } = await demoState(page);
  await page.evaluate(
    (lastVisit) => window.localStorage.setItem('cr.lastVisit.sup-nordlicht', lastVisit),
    new Date(Date.parse(serverTime) - 60 * 60 * 1000).toISOString(),
  );
  const pending = await requestFor(page, MUELLER);
  await demo(page, 'respond', { requestId: pending.id, decision: 'approve' });
  await reloadApp(page);

  await expect(
    page.getByText(`Since your last visit, 1 customer answered. Approved: ${MUELLER}.`),
  ).toBeVisible();
  const row = customerRow(connectionsTable(page), MUELLER);
  await expect(row).toContainText('Approved');
  await expect(row).toContainText('New');
  // This visit is remembered: the next one starts from now.
  await reloadApp(page);
  await expect(page.getByText(/^Since your last visit/)).toHaveCount(0);
});

test('merging the duplicate account keeps pending and approved requests, once each', async ({
  page,
}) => {
  await openApp(page);
  const panel = await openDemoPanel(page);
  await panel.getByRole('button', { name: 'Merge duplicate account' }).click();
  await expect(panel.getByRole('heading', { name: 'What the merge did' })).toBeVisible();
  await expect(panel).toContainText(`${NAMED.lodz.name} (Pending)`);
  await expect(panel).toContainText(`${NAMED.capek.name} (Approved)`);
  await expect(panel.getByRole('button', { name: 'Merge duplicate account' })).toBeDisabled();
  await panel.getByRole('button', { name: /close demo controls/i }).click();

  const table = connectionsTable(page);
  await expect(customerRow(table, NAMED.lodz.name)).toContainText('Pending');
  await expect(customerRow(table, NAMED.capek.name)).toContainText('Approved');
  // Approved in either account stays approved (R10).
  await expect(customerRow(table, MUELLER)).toContainText('Approved');
  // Rejected, expired and withdrawn requests are gone.
  for (const gone of [NAMED.zuercher, NAMED.grosshandel, NAMED.kowalski, NAMED.helsingin]) {
    await expect(customerRow(table, gone.name)).toHaveCount(0);
  }
  await expect(customerRow(table, NAMED.nordwind.name)).toHaveCount(1);

  // A second merge has nothing left to merge.
  const again = await callApi<ErrorBody | MergeReport>(page, 'POST', '/api/demo/merge', {});
  expect(again.status).toBe(409);
});

test('demo: advancing the clock through the API is seen after a reload', async ({ page }) => {
  await openApp(page);
  await demo(page, 'clock', { advanceDays: 1 });
  await reloadApp(page);
  // Société Générale's request was sent 29 days ago: one more day and it has expired (R2).
  await expect(customerRow(connectionsTable(page), SOCIETE)).toContainText('Expired');
});
