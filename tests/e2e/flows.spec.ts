import {
  callApi,
  customerRow,
  demo,
  escapeRegExp,
  expect,
  historyOf,
  openApp,
  openDemoPanel,
  openSearchDialog,
  reloadApp,
  requestFor,
  requestsTable,
  searchFor,
  suggestionsTable,
  test,
} from './fixtures';
import { NAMED } from '../../mocks/data/catalogue';
import type { ErrorBody, MergeReport } from '../../src/contract';

const ANGSTROEM = NAMED.angstroem.name; // a suggestion in the default scenario
const MUELLER = NAMED.muellerLogistik.name; // pending, from a search
const SOCIETE = NAMED.societeGenerale.name; // pending for 29 days
const KOWALSKI = NAMED.kowalski.name; // withdrawn, attempts left
const OBRIEN = NAMED.obrien.name; // in the catalogue, no request, not suggested

test('Connect on a suggestion sends a system-initiated request at once', async ({ page }) => {
  await openApp(page);
  const suggestions = suggestionsTable(page);
  await suggestions.getByRole('button', { name: `Connect ${ANGSTROEM}` }).click();

  await expect(customerRow(suggestions, ANGSTROEM)).toHaveCount(0);
  const row = customerRow(requestsTable(page), ANGSTROEM);
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('[System initiated]');
  await expect(row).toContainText('30 days left');

  const stored = await requestFor(page, ANGSTROEM);
  expect(stored).toMatchObject({ status: 'pending', origin: 'suggestion', contactEmail: null });
  expect(stored.attempt).toBe(1);
});

test('search, pick a customer, fill the contact and captcha, and Request', async ({ page }) => {
  await openApp(page);
  const dialog = await openSearchDialog(page);
  await expect(dialog).toContainText('5 of 5 searches left');

  // Case- and accent-insensitive, trimmed (R5).
  await searchFor(dialog, "  o'brien ");
  await expect(dialog).toContainText('4 of 5 searches left');
  await dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(OBRIEN)}`) }).check();

  await dialog.getByRole('textbox', { name: /customer contact/i }).fill('purchasing@obrien-eng.ie');
  await dialog.getByRole('checkbox', { name: "I'm not a robot" }).check();
  await dialog.getByRole('checkbox', { name: /I confirm that/ }).check();
  await dialog.getByRole('button', { name: 'Request' }).click();

  // The dialog closes and the new row is in the table (SPEC §4).
  await expect(dialog).toBeHidden();
  const row = customerRow(requestsTable(page), OBRIEN);
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('purchasing@obrien-eng.ie');
  expect(await requestFor(page, OBRIEN)).toMatchObject({
    status: 'pending',
    origin: 'search',
    contactEmail: 'purchasing@obrien-eng.ie',
  });
});

test('a request expires after 30 days; Connect again up to three requests, then refused', async ({
  page,
}) => {
  test.slow();
  await openApp(page);
  const table = requestsTable(page);
  const row = customerRow(table, ANGSTROEM);
  await suggestionsTable(page)
    .getByRole('button', { name: `Connect ${ANGSTROEM}` })
    .click();
  await expect(row).toContainText('Pending');

  const panel = await openDemoPanel(page);
  const advance30 = panel.getByRole('button', { name: 'Advance the clock by 30 days' });
  const closePanel = () => panel.getByRole('button', { name: /close demo controls/i }).click();
  const connectAgain = row.getByRole('button', { name: `Connect with ${ANGSTROEM} again` });

  for (const attempt of [1, 2]) {
    if (attempt === 2) {
      await page.getByRole('button', { name: /^demo/i }).click();
    }
    await advance30.click();
    await closePanel();
    // R2: now >= sentAt + 30 days.
    await expect(row).toContainText('Expired');
    await expect(row).toContainText(`${3 - attempt} of 3 attempts left`);
    await connectAgain.click();
    await expect(row).toContainText('Pending');
    await expect(row).toContainText('[System initiated]');
  }

  await page.getByRole('button', { name: /^demo/i }).click();
  await advance30.click();
  await closePanel();
  await expect(row).toContainText('Expired');
  await expect(row).toContainText('No attempts left: ask the customer for an invitation.');
  await expect(connectAgain).toHaveCount(0);

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

test('a rejection comment that looks like HTML is shown as text', async ({ page }) => {
  await openApp(page);
  const panel = await openDemoPanel(page);
  await panel.getByRole('button', { name: `Reject ${SOCIETE}` }).click();
  await panel.getByRole('textbox', { name: /comment/i }).fill('<b>no</b>');
  await panel.getByRole('button', { name: 'Send rejection' }).click();
  await panel.getByRole('button', { name: /close demo controls/i }).click();

  const row = customerRow(requestsTable(page), SOCIETE);
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

  const row = customerRow(requestsTable(page), MUELLER);
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

test('withdraw a pending request, then send a new one at once', async ({ page }) => {
  await openApp(page);
  const row = customerRow(requestsTable(page), MUELLER);
  await row.getByRole('button', { name: `Withdraw the request to ${MUELLER}` }).click();
  const confirm = page.getByRole('dialog', { name: `Withdraw the request to ${MUELLER}?` });
  await confirm.getByRole('button', { name: 'Withdraw' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Withdrawn');
  await expect(row).toContainText('2 of 3 attempts left');

  await row.getByRole('button', { name: `Connect with ${MUELLER} again` }).click();
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('[System initiated]');
  await expect(row).toContainText('1 of 3 attempts left');

  const latest = await requestFor(page, MUELLER);
  const history = await historyOf(page, latest.id);
  expect(history.map(({ status, attempt }) => [status, attempt])).toEqual([
    ['pending', 2],
    ['withdrawn', 1],
  ]);
  // And a withdrawn row with attempts left offers Connect straight away.
  await expect(
    customerRow(requestsTable(page), KOWALSKI).getByRole('button', {
      name: `Connect with ${KOWALSKI} again`,
    }),
  ).toBeEnabled();
});

test('a user without the Administrator role gets an explanation, not the table', async ({
  page,
}) => {
  await openApp(page, { scenario: 'member' });
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Only administrators can manage connection requests' }),
  ).toContainText('Ask an administrator of your company');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^search$/i })).toHaveCount(0);
  // The server refuses too (R1).
  const list = await callApi<ErrorBody>(page, 'GET', '/api/connection-requests');
  expect(list.status).toBe(403);
  expect(list.body.error.code).toBe('forbidden');
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

  const table = requestsTable(page);
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

test('German: column names, statuses and actions in German, and the choice is remembered', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: /^language/i }).click();
  await page.getByRole('menuitem', { name: 'Deutsch' }).click();

  const table = requestsTable(page);
  for (const header of ['Kunde', 'Aktionen', 'Status', 'E-Mail', 'Datum', 'Kommentare']) {
    await expect(table.getByRole('columnheader', { name: new RegExp(`^${header}`) })).toBeVisible();
  }
  await expect(customerRow(table, MUELLER)).toContainText('Ausstehend');
  await expect(customerRow(table, NAMED.oestergaard.name)).toContainText('Genehmigt');
  await expect(customerRow(table, NAMED.zuercher.name)).toContainText('Abgelehnt');
  await expect(customerRow(table, KOWALSKI)).toContainText('Zurückgezogen');
  await expect(customerRow(table, NAMED.grosshandel.name)).toContainText('Abgelaufen');
  await expect(page.getByRole('button', { name: 'Suchen', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  // Dates follow the language: day.month.year in German.
  const sentAt = new Date((await requestFor(page, MUELLER)).sentAt);
  const germanDate = new Intl.DateTimeFormat('de', { timeZone: 'Europe/Berlin' }).format(sentAt);
  await expect(customerRow(table, MUELLER)).toContainText(germanDate);

  await reloadApp(page);
  await expect(table.getByRole('columnheader', { name: /^Kunde/ })).toBeVisible();
});

test('demo: advancing the clock through the API is seen after a reload', async ({ page }) => {
  await openApp(page);
  await demo(page, 'clock', { advanceDays: 1 });
  await reloadApp(page);
  // Société Générale's request was sent 29 days ago: one more day and it has expired (R2).
  await expect(customerRow(requestsTable(page), SOCIETE)).toContainText('Expired');
});
