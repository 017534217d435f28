import {
  callApi,
  connectionsTable,
  customerRow,
  demo,
  demoState,
  escapeRegExp,
  expect,
  historyOf,
  listSuggestedCustomers,
  openApp,
  openDemoPanel,
  openSearchDialog,
  openSendAgain,
  reloadApp,
  requestFor,
  searchFor,
  test,
} from './fixtures';
import { NAMED } from '../../mocks/data/catalogue';
import type { ErrorBody, MergeReport } from '../../src/contract';

const ANGSTROEM = NAMED.angstroem.name; // a suggestion in the default scenario
const MUELLER = NAMED.muellerLogistik.name; // pending, from a search
const SOCIETE = NAMED.societeGenerale.name; // pending for 29 days
const KOWALSKI = NAMED.kowalski.name; // withdrawn, attempts left, from a search
const GROSSHANDEL = NAMED.grosshandel.name; // expired, attempts left, from a search
const OBRIEN = NAMED.obrien.name; // in the catalogue, no request, not suggested
const PAPELERIA = NAMED.papeleria.name; // a suggestion
const DUBOIS = NAMED.dubois.name; // a suggestion

test('one table: the suggestions first, then the requests, and no second table', async ({
  page,
}) => {
  await openApp(page);
  const table = connectionsTable(page);
  await expect(page.getByRole('table')).toHaveCount(1);
  const names = await table.getByRole('rowheader').allInnerTexts();
  expect(names.slice(0, 4)).toEqual([ANGSTROEM, PAPELERIA, NAMED.htmlTrading.name, DUBOIS]);
  const suggestion = customerRow(table, ANGSTROEM);
  await expect(suggestion).toContainText('Suggested');
  await expect(suggestion).toContainText('You have invoiced this customer');
  await expect(customerRow(table, MUELLER)).toContainText('Pending');
});

test('Connect on a suggestion row sends a system-initiated request at once', async ({ page }) => {
  await openApp(page);
  const row = customerRow(connectionsTable(page), ANGSTROEM);
  await row.getByRole('button', { name: `Connect with ${ANGSTROEM}` }).click();

  await expect(row).toContainText('Pending');
  await expect(row).not.toContainText('Suggested');
  await expect(row).toContainText('[System initiated]');
  await expect(row).toContainText('30 days left');

  const stored = await requestFor(page, ANGSTROEM);
  expect(stored).toMatchObject({ status: 'pending', origin: 'suggestion', contactEmail: null });
  expect(stored.attempt).toBe(1);
});

test('Connect selected: each ticked suggestion becomes its own request', async ({ page }) => {
  await openApp(page);
  const table = connectionsTable(page);
  await table.getByRole('checkbox', { name: `Select ${PAPELERIA}` }).check();
  await table.getByRole('checkbox', { name: `Select ${DUBOIS}` }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Connect selected' }).click();

  // The summary stays on screen, and is announced through the table's live region.
  await expect(page.getByRole('status').filter({ hasText: '2 requests sent.' })).toHaveCount(1);
  await expect(page.getByText('2 requests sent.').last()).toBeVisible();
  for (const name of [PAPELERIA, DUBOIS]) {
    await expect(customerRow(table, name)).toContainText('Pending');
    expect(await requestFor(page, name)).toMatchObject({ status: 'pending', attempt: 1 });
  }
  // Not ticked, still a suggestion.
  await expect(customerRow(table, ANGSTROEM)).toContainText('Suggested');
});

test('Not my customer removes the row at once with Undo; Undo keeps it, closing the message sends it for good', async ({
  page,
}) => {
  await openApp(page);
  const table = connectionsTable(page);
  const message = page.getByRole('region', { name: 'Message' });
  const dismiss = () =>
    customerRow(table, DUBOIS)
      .getByRole('button', { name: `Not my customer: ${DUBOIS}` })
      .click();

  await dismiss();
  await expect(customerRow(table, DUBOIS)).toHaveCount(0);
  await expect(message).toContainText(`${DUBOIS} is no longer suggested.`);
  await message.getByRole('button', { name: `Undo: suggest ${DUBOIS} again` }).click();
  await expect(customerRow(table, DUBOIS)).toHaveCount(1);
  expect(await listSuggestedCustomers(page)).toContain(DUBOIS);

  await dismiss();
  await message.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => listSuggestedCustomers(page)).not.toContain(DUBOIS);
  await reloadApp(page);
  await expect(customerRow(connectionsTable(page), DUBOIS)).toHaveCount(0);
});

test('a dismissal held for Undo is sent when the page is left', async ({ page }) => {
  await openApp(page);
  await customerRow(connectionsTable(page), DUBOIS)
    .getByRole('button', { name: `Not my customer: ${DUBOIS}` })
    .click();
  await expect(page.getByRole('region', { name: 'Message' })).toBeVisible();
  // Leaving the page (here: a reload) sends it with keepalive; nothing held back is lost.
  await reloadApp(page);
  await expect.poll(() => listSuggestedCustomers(page)).not.toContain(DUBOIS);
  await expect(customerRow(connectionsTable(page), DUBOIS)).toHaveCount(0);
});

test('Send again by keyboard with the last contact: captcha and confirmation, no search spent', async ({
  page,
}) => {
  await openApp(page);
  const searchesBefore = (await demoState(page)).searchesRemaining;
  const dialog = await openSendAgain(page, GROSSHANDEL);
  const email = dialog.getByRole('textbox', { name: 'Customer contact' });
  await expect(email).toBeFocused();
  await expect(email).toHaveValue('einkauf@grosshandel-weiss.de');

  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('checkbox', { name: "I'm not a robot" })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('checkbox', { name: /I confirm that/ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  const row = customerRow(connectionsTable(page), GROSSHANDEL);
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('einkauf@grosshandel-weiss.de');
  expect(await requestFor(page, GROSSHANDEL)).toMatchObject({
    status: 'pending',
    origin: 'search',
    contactEmail: 'einkauf@grosshandel-weiss.de',
    attempt: 2,
  });
  expect((await demoState(page)).searchesRemaining).toBe(searchesBefore);
});

test('Send again by keyboard without a contact: sent as [System initiated]', async ({ page }) => {
  await openApp(page);
  const dialog = await openSendAgain(page, KOWALSKI);
  await expect(dialog.getByRole('textbox', { name: 'Customer contact' })).toHaveValue(
    'zakupy@kowalsky.pl',
  );
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  const row = customerRow(connectionsTable(page), KOWALSKI);
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('[System initiated]');
  expect(await requestFor(page, KOWALSKI)).toMatchObject({
    status: 'pending',
    origin: 'suggestion',
    contactEmail: null,
    attempt: 2,
  });
});

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

test('German: column names, statuses and actions in German, and the choice is remembered', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: /^language/i }).click();
  await page.getByRole('menuitem', { name: 'Deutsch' }).click();

  const table = connectionsTable(page);
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
  await expect(customerRow(connectionsTable(page), SOCIETE)).toContainText('Expired');
});
