import { beforeAll, describe, expect, vi, type Mock } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { customerNamed } from '../../mocks/scenarios';
import { getMockStore } from '../../mocks/store';
import type { ConnectionRequest } from '../../src/contract';
import { CustomerSearchButton, CustomerSearchProvider } from '../../src/features/customer-search';
import { ANGSTROEM } from './connections-page';
import { renderWithProviders } from './render';

/**
 * The Search button and its dialog as their jsdom tests drive them: open, search, choose a
 * customer, fill in the request step, and what the page was told.
 */

/**
 * The dialog's tests, each file's under the one name. The dialog is a lazy chunk (its loading
 * states are tested in customer-search-button.lazy.test.tsx): importing it once up front keeps
 * its first transform in jsdom, which can take seconds on a busy 2-core CI, out of every test's
 * own timing; the button still loads it through import().
 */
export function describeCustomerSearch(tests: () => void) {
  describe('CustomerSearchButton', { timeout: 60_000 }, () => {
    beforeAll(async () => {
      await import('../../src/features/customer-search/components/customer-search-dialog');
    }, 60_000);
    tests();
  });
}

/** How many requests the mock database holds for the named customer. */
export function requestsStoredFor(name: string): number {
  const { id } = customerNamed(name);
  return getMockStore().read((world) => world.requestsTo(id).length);
}

/** The dialog is a lazy chunk: its first import in jsdom compiles the whole tree, slow here. */
export const DIALOG_CHUNK = { timeout: 10_000 };

/** The Search button with its dialog; `onSent` is what the page would be told. */
export async function renderSearch(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const onSent: Mock<(request: ConnectionRequest) => void> = vi.fn();
  const utils = await renderWithProviders(
    <CustomerSearchProvider onSent={onSent}>
      <CustomerSearchButton />
    </CustomerSearchProvider>,
    options,
  );
  return { ...utils, onSent };
}

export async function openDialog(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const utils = await renderSearch(options);
  const name = options.language === 'de' ? 'Suchen' : 'Search';
  await utils.user.click(await screen.findByRole('button', { name }));
  // While the dialog is open the rest of the page is aria-hidden: screen queries see the dialog.
  const dialog = await screen.findByRole('dialog', {}, DIALOG_CHUNK);
  return { ...utils, dialog };
}

/** The page was told that a request to this customer was sent. */
export async function expectSentTo(
  onSent: Mock<(request: ConnectionRequest) => void>,
  name: string,
) {
  await waitFor(() => {
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ customerName: name }));
  });
}

type Opened = Awaited<ReturnType<typeof openDialog>>;
/** What the step helpers need: the user and the dialog (queries inside it stay fast on a big page). */
type Driver = Pick<Opened, 'user' | 'dialog'>;

/** Replaces the field's text the fast way (the machine is slow; typing key by key adds nothing). */
export async function fillIn(user: Driver['user'], field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

export async function searchFor({ user, dialog }: Driver, query: string) {
  await fillIn(user, within(dialog).getByRole('textbox', { name: 'Customer name' }), query);
  await user.keyboard('{Enter}');
}

/** Searches, waits for the results and selects `name`. */
export async function selectCustomer(opened: Driver, query: string, name: string) {
  await searchFor(opened, query);
  const radio = await within(opened.dialog).findByRole('radio', { name: new RegExp(name) });
  await opened.user.click(radio);
}

/** Fills the request step: email, stand-in captcha, confirmation. */
export async function fillRequest({ user, dialog }: Driver, email = 'anna.berg@angstrom-labs.se') {
  await fillIn(user, within(dialog).getByRole('textbox', { name: /Customer contact/ }), email);
  await user.click(within(dialog).getByRole('checkbox', { name: "I'm not a robot" }));
  await user.click(within(dialog).getByRole('checkbox', { name: /I confirm that/ }));
}

export const requestButton = () => screen.getByRole('button', { name: 'Request' });

/** The dialog with Ångström chosen and its request step filled in, ready for Request. */
export async function openFilledRequest(email?: string) {
  const opened = await openDialog();
  await selectCustomer(opened, 'angstrom', ANGSTROEM);
  await fillRequest(opened, email);
  return opened;
}
