import {
  callApi,
  connectionsTable,
  customerRow,
  demoState,
  expect,
  listSuggestedCustomers,
  openApp,
  openSendAgain,
  reloadApp,
  requestFor,
  test,
} from './fixtures';
import { NAMED } from '../../mocks/data/catalogue';
import type { ErrorBody } from '../../src/contract';
import { ANGSTROEM, MUELLER, KOWALSKI, GROSSHANDEL, PAPELERIA, DUBOIS } from './fixtures/customers';

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
