import {
  connectionsCards,
  expect,
  expectNoSeriousA11yViolations,
  openApp,
  test,
  type Language,
  type Page,
} from './fixtures';

const WIDTHS = [320, 390, 768, 1280, 1920] as const;
/** Below this width the table is one card per row. */
const CARDS_BELOW = 900;

/** Sideways scroll anywhere: the page, or any box inside it that scrolls horizontally. */
async function sidewaysScroll(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const boxes = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const { overflowX } = getComputedStyle(element);
        return (
          (overflowX === 'auto' || overflowX === 'scroll') &&
          element.scrollWidth > element.clientWidth + 1
        );
      })
      .map((element) => element.className || element.tagName);
    return { page: root.scrollWidth - root.clientWidth, boxes };
  });
}

/** Each row's status chip (the first chip of the row) whose box leaves the window's width. */
async function statusesOffScreen(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('[data-customer-id]')]
      .map((row) => {
        const chip = row.querySelector('.cr-chip');
        const box = chip?.getBoundingClientRect();
        return {
          customer: row.getAttribute('data-customer-id'),
          visible: box !== undefined && box.width > 0 && box.left >= 0 && box.right <= width,
        };
      })
      .filter(({ visible }) => !visible);
  });
}

for (const lang of ['en', 'de'] as const satisfies readonly Language[]) {
  test.describe(`from a phone to a wide desktop (${lang})`, () => {
    for (const width of WIDTHS) {
      test(`${width} px: no sideways scrolling, every status in view, no serious axe violation`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await openApp(page, { lang });
        const rows = page.locator('[data-customer-id]');
        await expect(rows.first()).toBeVisible();
        if (width < CARDS_BELOW) await expect(connectionsCards(page)).toBeVisible();
        else await expect(page.getByRole('table')).toBeVisible();

        expect(await sidewaysScroll(page)).toEqual({ page: 0, boxes: [] });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
        expect(await rows.count()).toBeGreaterThan(10);
        expect(await statusesOffScreen(page)).toEqual([]);
        await expectNoSeriousA11yViolations(page);
      });
    }
  });
}

test('a phone: the header shows its buttons as icons, and a message spans the width without covering the end of the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openApp(page, { lang: 'de' });
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Sprache: Deutsch' })).toBeVisible();
  await expect(header.getByText('Deutsch')).toBeHidden();
  await expect(header.getByRole('button', { name: 'Demo' })).toBeVisible();

  const cards = connectionsCards(page);
  await cards.getByRole('button', { name: 'Mit Ångström Laboratories AB verbinden' }).click();
  const message = page.getByRole('region', { name: 'Meldung' });
  await expect(message).toContainText('Anfrage an Ångström Laboratories AB gesendet.');
  // At the very end of the page, the last control sits above the message, not under it.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const search = page.getByRole('button', { name: 'Suchen', exact: true });
  await expect
    .poll(async () => {
      const [button, box] = await Promise.all([search.boundingBox(), message.boundingBox()]);
      return button !== null && box !== null && button.y + button.height <= box.y;
    })
    .toBe(true);
  expect(await sidewaysScroll(page)).toEqual({ page: 0, boxes: [] });
});
