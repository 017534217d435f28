import {
  expect,
  expectNoSeriousA11yViolations,
  openApp,
  connectionsTable,
  test,
  type Language,
} from './fixtures';

const SEARCH = { en: 'Search', de: 'Suchen' } as const;
const DEMO_TITLE = { en: /demo controls/i, de: /demo/i } as const;

for (const lang of ['en', 'de'] as const satisfies readonly Language[]) {
  test.describe(`accessibility (${lang})`, () => {
    test('the page has no serious or critical violation', async ({ page }) => {
      await openApp(page, { lang });
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(connectionsTable(page)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    test('the search dialog, with results and the request step, has none', async ({ page }) => {
      await openApp(page, { lang });
      await page.getByRole('button', { name: SEARCH[lang], exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });

      await dialog.getByRole('textbox').first().fill('müller');
      await dialog.getByRole('button', { name: SEARCH[lang], exact: true }).click();
      await dialog.getByRole('radio', { disabled: false }).first().click();
      await expect(dialog.getByRole('checkbox').first()).toBeVisible();
      await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
    });

    test('the demo panel has none', async ({ page }) => {
      await openApp(page, { lang });
      await page.getByRole('button', { name: /^demo/i }).click();
      const panel = page.getByRole('dialog', { name: DEMO_TITLE[lang] });
      await expect(panel).toBeVisible();
      await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
    });
  });
}

test('the member explanation has none', async ({ page }) => {
  await openApp(page, { scenario: 'member' });
  await expectNoSeriousA11yViolations(page);
});
