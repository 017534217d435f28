import { connectionsTable, expect, openApp, test, type Page } from './fixtures';

/** How many Tab stops from the top of the page are checked for a focus indicator, at most. */
const STOPS_CHECKED = 45;
/** Search must be this early in the Tab order (it is also under the table, far below). */
const SEARCH_WITHIN = 10;

interface FocusIndicator {
  /** What has focus, for the failure message. */
  focused: string;
  /** Where the ring was found, or null. */
  on: string | null;
  /** Its thickness in CSS px. */
  width: number;
  /** Its contrast against what surrounds it. */
  contrast: number;
}

/**
 * The keyboard focus indicator of `document.activeElement`, from computed styles (WCAG 2.4.11 /
 * 2.4.13): an outline (or, for a text field, its focused border) of at least 2 px, and its contrast
 * with what is around it — the background behind the element, or the halo MUI draws between the
 * ring and a coloured bar. A checkbox's ring is drawn on its box (the input itself is invisible),
 * a text field's on its outline.
 */
function focusIndicator(page: Page): Promise<FocusIndicator> {
  return page.evaluate(() => {
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const opaque = (color: string) => !/^rgba\(.*,\s*0\)$|transparent/.test(color);
    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    const backgroundBehind = (element: Element) => {
      for (let at = element.parentElement; at !== null; at = at.parentElement) {
        const { backgroundColor } = getComputedStyle(at);
        if (opaque(backgroundColor)) return backgroundColor;
      }
      return 'rgb(255, 255, 255)';
    };
    const active = document.activeElement ?? document.body;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40)}"`;
    const base = active.closest('.MuiButtonBase-root');
    const candidates: Element[] = [active];
    if (base !== null && base !== active) {
      candidates.push(base);
      const box = base.querySelector('svg');
      if (box !== null) candidates.push(box);
    }
    for (const element of candidates) {
      const style = getComputedStyle(element);
      const width = parseFloat(style.outlineWidth);
      if (style.outlineStyle === 'none' || width < 2 || !opaque(style.outlineColor)) continue;
      // A halo (box-shadow spread) between ring and surroundings is what the ring stands against.
      const halo = /^(rgba?\([^)]*\)).*\s(\d+(?:\.\d+)?)px$/.exec(style.boxShadow);
      const around =
        halo !== null && Number(halo[2]) >= 2 ? (halo[1] ?? '') : backgroundBehind(element);
      return {
        focused: describe(active),
        on: describe(element),
        width,
        contrast: contrast(style.outlineColor, around),
      };
    }
    const outline = active
      .closest('.MuiInputBase-root')
      ?.querySelector('.MuiOutlinedInput-notchedOutline');
    if (outline) {
      const style = getComputedStyle(outline);
      return {
        focused: describe(active),
        on: 'text field outline',
        width: parseFloat(style.borderTopWidth),
        contrast: contrast(style.borderTopColor, backgroundBehind(outline)),
      };
    }
    return { focused: describe(active), on: null, width: 0, contrast: 0 };
  });
}

test('by keyboard alone: a focus ring on every stop, Search early, the dialog on its name field, focus on a row after Connect', async ({
  page,
}) => {
  test.slow();
  await openApp(page);
  // The Demo button joins the header after the first rows: let it, so the Tab order is final.
  await expect(page.getByRole('button', { name: 'Demo' })).toBeVisible();
  await page.locator('body').click({ position: { x: 1, y: 1 } });

  let searchStop = -1;
  for (let stop = 1; stop <= STOPS_CHECKED; stop += 1) {
    await page.keyboard.press('Tab');
    // The ring and its halo fade in (a CSS transition): judge them as they end up.
    await page.evaluate(() =>
      Promise.all((document.activeElement?.getAnimations() ?? []).map(({ finished }) => finished)),
    );
    // Past the last control focus leaves the page: every stop has been seen.
    if (await page.evaluate(() => document.activeElement === document.body)) {
      expect(stop, 'Tab stops before focus leaves the page').toBeGreaterThan(20);
      break;
    }
    const indicator = await focusIndicator(page);
    expect(indicator.on, `a focus indicator on stop ${stop}, ${indicator.focused}`).not.toBeNull();
    expect(indicator.width, `ring width on ${indicator.focused}`).toBeGreaterThanOrEqual(2);
    expect(indicator.contrast, `ring contrast on ${indicator.focused}`).toBeGreaterThanOrEqual(3);
    if (searchStop === -1 && indicator.focused.includes('Search for a customer')) searchStop = stop;
  }
  expect(searchStop, 'Search for a customer among the first Tab stops').toBeGreaterThan(0);
  expect(searchStop).toBeLessThanOrEqual(SEARCH_WITHIN);

  // The search dialog opens on the Customer name field; Escape gives focus back.
  const searchButton = page.getByRole('button', { name: 'Search for a customer' });
  await searchButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Search for a customer' });
  await expect(dialog.getByRole('textbox', { name: 'Customer name' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(searchButton).toBeFocused();

  // Connect by keyboard: focus lands on a row's control (the next row's action), never <body>.
  const connect = connectionsTable(page).getByRole('button', {
    name: 'Connect with Ångström Laboratories AB',
  });
  await connect.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Message' })).toContainText(
    'Request sent to Ångström Laboratories AB.',
  );
  await expect
    .poll(() =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.tagName === 'BUTTON' && active.closest('[data-customer-id]') !== null
          ? active.getAttribute('aria-label')
          : null;
      }),
    )
    .toBe('Connect with Papelería Núñez S.L.');
  expect((await focusIndicator(page)).on).not.toBeNull();
});

test('by keyboard: a chosen customer folds the results into one line with Change, and Request stays in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 640 });
  await openApp(page);
  await page.getByRole('button', { name: 'Search for a customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search for a customer' });
  // The dialog's chunk may still be loading: keys typed before its name field has focus are lost.
  await expect(dialog.getByRole('textbox', { name: 'Customer name' })).toBeFocused();
  await page.keyboard.type('muller');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('radiogroup')).toBeVisible();
  // Into the results, down to the first customer that can be chosen, on to the next field.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radiogroup')).toHaveCount(0);
  await expect(dialog.getByText(/^Chosen customer: /)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: /customer contact/i })).toBeFocused();
  // Request is in the dialog's footer, in view without scrolling.
  await expect(dialog.getByRole('button', { name: 'Request' })).toBeInViewport();

  await dialog.getByRole('button', { name: /^Change/ }).click();
  await expect(dialog.getByRole('radio', { checked: true })).toBeFocused();
});
