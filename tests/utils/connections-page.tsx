import { describe, expect } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { ConnectionRequestsRoute } from '../../src/app/connection-requests-route';
import { renderWithProviders } from './render';

/**
 * The Connection Requests page as its jsdom tests meet it: the route in a fresh store, the
 * default scenario's customers by name, and the page's one table.
 */

export const TABLE = 'Requests and suggestions';
export const MUELLER = 'Müller Logistik GmbH';
export const GROSSHANDEL = 'Großhandel Weiß an der Straße KG';
export const GROSSHANDEL_EMAIL = 'einkauf@grosshandel-weiss.de';
export const CELIK = 'Çelik Yapı Sanayi A.Ş.';
export const OESTERGAARD = 'Østergaard & Søn A/S';
export const NORDWIND = 'Nordwind Energie AG';
export const ANGSTROEM = 'Ångström Laboratories AB';
export const PAPELERIA = 'Papelería Núñez S.L.';
export const HTML_LOOKING = '<img src=x onerror=alert(1)> Trading';
export const DUBOIS = 'Dubois & Fils SARL';
/** The default scenario's suggestions, in the portal's order. */
export const SUGGESTED = [ANGSTROEM, PAPELERIA, HTML_LOOKING, DUBOIS];
/** Rows of the default scenario: 4 suggestions and the latest request to 12 customers. */
export const DEFAULT_ROWS = 16;

/**
 * The page's tests, each file's under the one name. A full page with MUI in jsdom on a shared
 * 2-core machine: rendering alone takes seconds.
 */
export function describePage(tests: () => void) {
  describe('ConnectionRequestsPage', { timeout: 60_000 }, tests);
}

/** The page with its first rows on screen (the default scenario's). */
export async function renderPage(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const view = await renderWithProviders(<ConnectionRequestsRoute />, options);
  const name = options.language === 'de' ? 'Anfragen und Vorschläge' : TABLE;
  const table = await screen.findByRole('table', { name });
  await within(table).findByRole('rowheader', { name: new RegExp(MUELLER) }, { timeout: 10_000 });
  return { ...view, table };
}

/** The table's row whose row header is exactly the customer's name. */
export function rowOf(table: HTMLElement, customer: string): HTMLElement {
  const name = new RegExp(`^${escapeRegExp(customer)}$`);
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name }) !== null);
  if (!row) throw new Error(`no row for ${customer}`);
  return row;
}

/** The customers' names in the order the table shows them. */
export const rowHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

/** For building a RegExp from a customer name (names contain `.`, `&`, `(`, …). */
export function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rows that are suggestions (a Suggested chip), by name. */
export const suggestionNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByText('Suggested') !== null)
    .map((row) => within(row).getByRole('rowheader').textContent);

/** Send again's form is a lazy chunk: importing it up front keeps its first transform in jsdom
 * (seconds on a busy 2-core machine) out of each test's timing; the row still uses import(). */
export async function loadSendAgainDialog() {
  await import('../../src/features/connection-requests/send-again-dialog');
}

/** Opens Send again on a row by keyboard: focus its button, press Enter. */
export async function openSendAgain(
  view: Awaited<ReturnType<typeof renderPage>>,
  customer: string,
) {
  const button = within(view.table).getByRole('button', { name: `Send again to ${customer}` });
  act(() => {
    button.focus();
  });
  await view.user.keyboard('{Enter}');
  // The form is a lazy chunk: its first import in jsdom compiles it, slow on a 2-core machine.
  const dialog = await screen.findByRole(
    'dialog',
    { name: `Send again to ${customer}` },
    { timeout: 10_000 },
  );
  return dialog;
}

/** From the email field: Tab to the captcha, tick it, Tab past the failure switch to the confirmation, tick it. */
export async function completeCheckByKeyboard(
  user: Awaited<ReturnType<typeof renderPage>>['user'],
  dialog: HTMLElement,
) {
  await user.tab();
  expect(within(dialog).getByRole('checkbox', { name: "I'm not a robot" })).toHaveFocus();
  await user.keyboard(' ');
  await user.tab();
  expect(within(dialog).getByRole('switch', { name: 'Simulate a failed check' })).toHaveFocus();
  await user.tab();
  expect(within(dialog).getByRole('checkbox', { name: /I confirm that/ })).toHaveFocus();
  await user.keyboard(' ');
}
