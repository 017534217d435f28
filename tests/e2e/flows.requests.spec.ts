import {
  callApi,
  connectionsTable,
  customerRow,
  escapeRegExp,
  expect,
  historyOf,
  openApp,
  openDemoPanel,
  openSearchDialog,
  openSendAgain,
  requestFor,
  searchFor,
  test,
} from './fixtures';
import type { ErrorBody } from '../../src/contract';
import { ANGSTROEM, MUELLER, OBRIEN } from './fixtures/customers';

/** A request through its life in the browser: found by a search, expired, withdrawn and sent again. */

test('search, pick a customer, fill the contact and captcha, and Request', async ({ page }) => {
  await openApp(page);
  const dialog = await openSearchDialog(page);
  await expect(dialog).toContainText('5 of 5 searches left');

  // Case- and accent-insensitive, trimmed (R5).
  await searchFor(dialog, "  o'brien ");
  await expect(dialog).toContainText('4 of 5 searches left');
  await dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(OBRIEN)}`) }).click();
  // The choice folds the results into one line, with Change to go back to them.
  await expect(dialog.getByText(`Chosen customer: ${OBRIEN}`)).toBeVisible();

  await dialog.getByRole('textbox', { name: /customer contact/i }).fill('purchasing@obrien-eng.ie');
  await dialog.getByRole('checkbox', { name: "I'm not a robot" }).check();
  await dialog.getByRole('checkbox', { name: /I confirm that/ }).check();
  await dialog.getByRole('button', { name: 'Request' }).click();

  // The dialog closes and the new row is in the table (SPEC §4).
  await expect(dialog).toBeHidden();
  const row = customerRow(connectionsTable(page), OBRIEN);
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('purchasing@obrien-eng.ie');
  expect(await requestFor(page, OBRIEN)).toMatchObject({
    status: 'pending',
    origin: 'search',
    contactEmail: 'purchasing@obrien-eng.ie',
  });
});

test('a request expires after 30 days; Send again up to three requests, then refused', async ({
  page,
}) => {
  test.slow();
  await openApp(page);
  const table = connectionsTable(page);
  const row = customerRow(table, ANGSTROEM);
  await row.getByRole('button', { name: `Connect with ${ANGSTROEM}` }).click();
  await expect(row).toContainText('Pending');

  const panel = await openDemoPanel(page);
  const advance30 = panel.getByRole('button', { name: 'Advance the clock by 30 days' });
  const closePanel = () => panel.getByRole('button', { name: /close demo controls/i }).click();
  const sendAgain = row.getByRole('button', { name: `Send again to ${ANGSTROEM}` });

  for (const attempt of [1, 2]) {
    if (attempt === 2) {
      await page.getByRole('button', { name: /^demo/i }).click();
    }
    await advance30.click();
    await closePanel();
    // R2: now >= sentAt + 30 days.
    await expect(row).toContainText('Expired');
    await expect(row).toContainText(`${3 - attempt} of 3 attempts left`);
    await sendAgain.click();
    // Sent from a suggestion: no contact to fill in, so it goes as [System initiated].
    const dialog = page.getByRole('dialog', { name: `Send again to ${ANGSTROEM}` });
    await expect(dialog.getByRole('textbox', { name: 'Customer contact' })).toHaveValue('');
    await dialog.getByRole('button', { name: 'Send again' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('Pending');
    await expect(row).toContainText('[System initiated]');
  }

  await page.getByRole('button', { name: /^demo/i }).click();
  await advance30.click();
  await closePanel();
  await expect(row).toContainText('Expired');
  await expect(row).toContainText('No attempts left: ask the customer for an invitation.');
  await expect(sendAgain).toHaveCount(0);

  const latest = await requestFor(page, ANGSTROEM);
  expect(latest).toMatchObject({ status: 'expired', attempt: 3, attemptsLeft: 0 });
  expect(await historyOf(page, latest.id)).toHaveLength(3);
  // The server refuses a fourth request too (R3).
  const fourth = await callApi<ErrorBody>(page, 'POST', '/api/connection-requests', {
    customerId: latest.customerId,
    origin: 'suggestion',
  });
  expect(fourth.status).toBe(409);
  expect(fourth.body.error.code).toBe('request_limit_reached');
});

test('withdraw a pending request to correct its contact, then send again at once', async ({
  page,
}) => {
  await openApp(page);
  const row = customerRow(connectionsTable(page), MUELLER);
  await row.getByRole('button', { name: `Withdraw the request to ${MUELLER}` }).click();
  const confirm = page.getByRole('dialog', { name: `Withdraw the request to ${MUELLER}?` });
  await confirm.getByRole('button', { name: 'Withdraw' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Withdrawn');
  await expect(row).toContainText('2 of 3 attempts left');

  // The mistyped address is corrected in the Send again form: no search is spent on it.
  const dialog = await openSendAgain(page, MUELLER);
  const email = dialog.getByRole('textbox', { name: 'Customer contact' });
  await email.fill('beschaffung@mueller-logistik.de');
  await dialog.getByRole('checkbox', { name: "I'm not a robot" }).check();
  await dialog.getByRole('checkbox', { name: /I confirm that/ }).check();
  await dialog.getByRole('button', { name: 'Send again' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('beschaffung@mueller-logistik.de');
  await expect(row).toContainText('1 of 3 attempts left');

  const latest = await requestFor(page, MUELLER);
  const history = await historyOf(page, latest.id);
  expect(
    history.map(({ status, attempt, contactEmail }) => [status, attempt, contactEmail]),
  ).toEqual([
    ['pending', 2, 'beschaffung@mueller-logistik.de'],
    ['withdrawn', 1, 'einkauf@mueller-logistik.de'],
  ]);
});
