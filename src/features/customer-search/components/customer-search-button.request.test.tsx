import { expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { latestRequestFor } from '../../../../mocks/scenarios';
import { recordRequests } from '../../../../tests/utils/mock-http';
import { renderWithProviders } from '../../../../tests/utils/render';
import { ANGSTROEM, DUBOIS } from '../../../../tests/utils/connections-page';
import {
  describeCustomerSearch,
  DIALOG_CHUNK,
  expectSentTo,
  fillIn,
  fillRequest,
  openDialog,
  openFilledRequest,
  requestButton,
  searchFor,
  selectCustomer,
} from '../../../../tests/utils/customer-search';
import { ConnectionRequestsRoute } from '../../../app/connection-requests-route';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describeCustomerSearch(() => {
  it('shows the request step only after a selection; Request needs a valid email, the captcha and the confirmation', async () => {
    const opened = await openDialog();
    await searchFor(opened, 'angstrom');
    await screen.findByRole('radiogroup');
    expect(screen.queryByRole('textbox', { name: /Customer contact/ })).not.toBeInTheDocument();

    await opened.user.click(screen.getByRole('radio', { name: new RegExp(ANGSTROEM) }));
    const { user } = opened;
    const email = screen.getByRole('textbox', { name: /Customer contact/ });
    expect(requestButton()).toBeDisabled();

    await fillIn(user, email, 'not-an-email');
    await user.tab();
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription(
      'Enter a valid email address, such as name@company.com.',
    );

    await fillIn(user, email, 'anna.berg@angstrom-labs.se');
    expect(email).toBeValid();
    expect(requestButton()).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: "I'm not a robot" }));
    expect(requestButton()).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /I confirm that Ångström/ }));
    expect(requestButton()).toBeEnabled();
  });

  it('warns about a free-mail address but still lets the request go', async () => {
    await openFilledRequest('anna.berg@gmail.com');

    const email = screen.getByRole('textbox', { name: /Customer contact/ });
    expect(email).toBeValid();
    expect(email).toHaveAccessibleDescription(/This is a free-mail address/);
    expect(requestButton()).toBeEnabled();
  });

  it('sends a fresh stand-in token, closes on success, tells the page and returns focus', async () => {
    const posts = recordRequests('POST', '/connection-requests');
    const opened = await openFilledRequest('  anna.berg@angstrom-labs.se ');
    await opened.user.click(requestButton());

    await expectSentTo(opened.onSent, ANGSTROEM);
    expect(opened.onSent).toHaveBeenCalledOnce();
    await waitFor(() => expect(opened.dialog).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
    const body = (await posts[0]?.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      origin: 'search',
      contactEmail: 'anna.berg@angstrom-labs.se',
      confirmed: true,
    });
    expect(body.captchaToken).toMatch(UUID);
    expect(latestRequestFor(ANGSTROEM)).toMatchObject({
      status: 'pending',
      contactEmail: 'anna.berg@angstrom-labs.se',
    });
  });

  it('shows the new Pending row with the email in the table after sending', async () => {
    const { user } = await renderWithProviders(<ConnectionRequestsRoute />);
    await user.click(await screen.findByRole('button', { name: 'Search' }, { timeout: 10_000 }));
    const opened = { user, dialog: await screen.findByRole('dialog', {}, DIALOG_CHUNK) };
    await selectCustomer(opened, 'dubois & fils', DUBOIS);
    await fillRequest(opened, 'achats@dubois-fils.fr');
    await user.click(within(opened.dialog).getByRole('button', { name: 'Request' }));

    // Wait cheaply for the text, then check it sits in Dubois's row, as Pending.
    await screen.findByText('achats@dubois-fils.fr', undefined, { timeout: 10_000 });
    const row = screen.getByRole('row', { name: /achats@dubois-fils\.fr/ });
    expect(within(row).getByText(DUBOIS)).toBeInTheDocument();
    expect(within(row).getByText('Pending')).toBeInTheDocument();
  }, 120_000);

  it('disables Request while sending, and a double click sends once', async () => {
    const posts = recordRequests('POST', '/connection-requests');
    const opened = await openFilledRequest();
    await opened.user.dblClick(requestButton());

    await expectSentTo(opened.onSent, ANGSTROEM);
    expect(opened.onSent).toHaveBeenCalledOnce();
    expect(posts).toHaveLength(1);
  });
});
