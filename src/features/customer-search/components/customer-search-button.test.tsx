import { expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { ANGSTROEM } from '../../../../tests/utils/connections-page';
import {
  describeCustomerSearch,
  DIALOG_CHUNK,
  expectSentTo,
  fillIn,
  fillRequest,
  openDialog,
  openFilledRequest,
  renderSearch,
  requestButton,
  searchFor,
  selectCustomer,
} from '../../../../tests/utils/customer-search';

describeCustomerSearch(() => {
  it('opens a labelled dialog with focus in the Customer name field and the searches left from the session', async () => {
    const opened = await openDialog();
    const { dialog } = opened;

    expect(dialog).toHaveAccessibleName('Search for a customer');
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toHaveFocus();
    expect(await screen.findByText('5 of 5 searches left')).toBeInTheDocument();
  });

  it('closes on Escape and gives focus back to the Search button', async () => {
    const { user, dialog } = await openDialog();

    await user.keyboard('{Escape}');

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
  });

  it('keeps the results of a search when closed and opened again (a search costs an attempt)', async () => {
    const opened = await openDialog();
    await searchFor(opened, 'muller');
    await screen.findByRole('radiogroup', { name: '9 customers found' });

    await opened.user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(opened.dialog).not.toBeInTheDocument());
    await opened.user.click(screen.getByRole('button', { name: 'Search' }));

    expect(
      await screen.findByRole('radiogroup', { name: '9 customers found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toHaveValue('muller');
  });

  it('opens an empty dialog again after a request was sent', async () => {
    const opened = await openFilledRequest();
    await opened.user.click(requestButton());
    await waitFor(() => expect(opened.dialog).not.toBeInTheDocument());

    await opened.user.click(screen.getByRole('button', { name: 'Search' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: 'Customer name' })).toHaveValue('');
    expect(within(dialog).queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(await within(dialog).findByText('4 of 5 searches left')).toBeInTheDocument();
  });

  it('works by keyboard alone, with Request in the footer', async () => {
    const { user, onSent } = await renderSearch();
    screen.getByRole('button', { name: 'Search' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog', {}, DIALOG_CHUNK);
    await user.paste('angstrom');
    await user.keyboard('{Enter}');
    await screen.findByRole('radiogroup');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('radio', { name: new RegExp(ANGSTROEM) })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: new RegExp(ANGSTROEM) })).toBeChecked();
    await user.tab();
    // Leaving the results folds them into the chosen customer's line, with Change.
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.getByText(`Chosen customer: ${ANGSTROEM}`)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Customer contact/ })).toHaveFocus();
    await user.paste('anna.berg@angstrom-labs.se');
    await user.tab();
    expect(screen.getByRole('checkbox', { name: "I'm not a robot" })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('switch', { name: 'Simulate a failed check' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: /I confirm that/ })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Request' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await expectSentTo(onSent, ANGSTROEM);
  });

  it('speaks German', async () => {
    const { user, dialog } = await openDialog({ language: 'de' });
    expect(dialog).toHaveAccessibleName('Nach einem Kunden suchen');
    const field = screen.getByRole('textbox', { name: 'Kundenname' });
    await fillIn(user, field, 'muller');
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('radiogroup', { name: '9 Kunden gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Noch 4 von 5 Suchvorgängen übrig')).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: /Müller Logistik GmbH\s*Anfrage ausstehend/ }),
    ).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /Muller Foods Ltd\s*Verfügbar/ }));
    expect(
      screen.getByRole('textbox', { name: /Ansprechpartner beim Kunden/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ausgewählter Kunde: Muller Foods Ltd')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Ich bin kein Roboter' })).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: /Ich bestätige, dass Muller Foods Ltd/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Anfordern' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
  });

  it('has no serious accessibility violations with results and the request step shown', async () => {
    const opened = await openDialog();
    await selectCustomer(opened, 'muller', 'Muller Foods Ltd');
    await fillRequest(opened, 'einkauf@gmail.com');

    const results = await axe.run(opened.dialog, {
      rules: { 'color-contrast': { enabled: false } }, // jsdom cannot compute colours
    });
    const serious = results.violations.filter(
      ({ impact }) => impact === 'serious' || impact === 'critical',
    );
    expect(serious.map(({ id, nodes }) => `${id}: ${nodes.length}`)).toEqual([]);
  });
});
