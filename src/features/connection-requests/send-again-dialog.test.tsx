import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { latestRequestFor, pendingRequestFor } from '../../../mocks/scenarios';
import { bodiesOf, recordRequests } from '../../../tests/utils/mock-http';
import { findMessage } from '../../../tests/utils/feedback';
import { renderWithProviders } from '../../../tests/utils/render';
import {
  GROSSHANDEL,
  GROSSHANDEL_EMAIL,
  NORDWIND,
  completeCheckByKeyboard,
  loadSendAgainDialog,
  openSendAgain,
  renderPage,
} from '../../../tests/utils/connections-page';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';

/** The user's searches left, as the session says (Send again must not spend one). */
async function searchesRemaining(): Promise<number> {
  const response = await fetch(`${window.location.origin}/api/session`);
  return ((await response.json()) as { searchesRemaining: number }).searchesRemaining;
}

beforeAll(loadSendAgainDialog, 60_000);

// jsdom on a shared 2-core machine: a full render with MUI takes seconds.
describe('Send again', { timeout: 30_000 }, () => {
  it('sends with the last contact as filled in, by keyboard, spending no search', async () => {
    const searches = await searchesRemaining();
    const posts = recordRequests('POST', '/api/connection-requests');
    const view = await renderPage();
    const dialog = await openSendAgain(view, GROSSHANDEL);
    const email = within(dialog).getByRole('textbox', { name: 'Customer contact' });
    expect(email).toHaveValue(GROSSHANDEL_EMAIL);
    expect(email).toHaveFocus();
    expect(dialog).toHaveTextContent('uses one of its 2 attempts left');

    await completeCheckByKeyboard(view.user, dialog);
    await view.user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The message, not its live-region copy, which joins it a moment later.
    expect(await findMessage()).toHaveTextContent(`Request sent to ${GROSSHANDEL}.`);
    expect(await bodiesOf(posts)).toEqual([
      expect.objectContaining({
        origin: 'search',
        contactEmail: GROSSHANDEL_EMAIL,
        confirmed: true,
        captchaToken: expect.any(String) as unknown,
      }),
    ]);
    expect(latestRequestFor(GROSSHANDEL)).toMatchObject({
      status: 'pending',
      origin: 'search',
      contactEmail: GROSSHANDEL_EMAIL,
      attempt: 2,
    });
    expect(await searchesRemaining()).toBe(searches);
  });

  it('sends with a changed contact, by keyboard', async () => {
    const searches = await searchesRemaining();
    const view = await renderPage();
    const dialog = await openSendAgain(view, GROSSHANDEL);
    await view.user.keyboard('{Control>}a{/Control}{Backspace}');
    await view.user.keyboard('anna.berg@grosshandel-weiss.de');

    await completeCheckByKeyboard(view.user, dialog);
    await view.user.keyboard('{Enter}');

    await waitFor(() => {
      expect(latestRequestFor(GROSSHANDEL)).toMatchObject({
        status: 'pending',
        origin: 'search',
        contactEmail: 'anna.berg@grosshandel-weiss.de',
        attempt: 2,
      });
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await searchesRemaining()).toBe(searches);
  });

  it('sends as system initiated when the contact is cleared: no captcha, no confirmation', async () => {
    const posts = recordRequests('POST', '/api/connection-requests');
    const view = await renderPage();
    const dialog = await openSendAgain(view, GROSSHANDEL);
    expect(within(dialog).getByRole('checkbox', { name: "I'm not a robot" })).toBeInTheDocument();
    await view.user.keyboard('{Control>}a{/Control}{Backspace}');

    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Send again' })).toBeEnabled();
    await view.user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await bodiesOf(posts)).toEqual([
      { customerId: expect.any(String) as unknown, origin: 'suggestion' },
    ]);
    expect(latestRequestFor(GROSSHANDEL)).toMatchObject({
      status: 'pending',
      origin: 'suggestion',
      contactEmail: null,
      attempt: 2,
    });
    const row = within(view.table)
      .getAllByRole('row')
      .find((candidate) => within(candidate).queryByRole('rowheader', { name: GROSSHANDEL }));
    await waitFor(() => expect(row).toHaveTextContent('[System initiated]'));
  });

  it('starts empty after a system-initiated request', async () => {
    await fetch(
      `${window.location.origin}/api/connection-requests/${pendingRequestFor(NORDWIND)}/withdraw`,
      { method: 'POST' },
    );
    const view = await renderPage();
    const dialog = await openSendAgain(view, NORDWIND);
    expect(within(dialog).getByRole('textbox', { name: 'Customer contact' })).toHaveValue('');
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('sends once on a double click', async () => {
    const posts = recordRequests('POST', '/api/connection-requests');
    const view = await renderPage();
    const dialog = await openSendAgain(view, GROSSHANDEL);
    await view.user.keyboard('{Control>}a{/Control}{Backspace}');
    await view.user.dblClick(within(dialog).getByRole('button', { name: 'Send again' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts).toHaveLength(1);
    expect(latestRequestFor(GROSSHANDEL)?.attempt).toBe(2);
  });

  it('Cancel sends nothing and gives focus back to the row’s button', async () => {
    const posts = recordRequests('POST', '/api/connection-requests');
    const view = await renderPage();
    const dialog = await openSendAgain(view, GROSSHANDEL);
    await view.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts).toHaveLength(0);
    expect(latestRequestFor(GROSSHANDEL)?.status).toBe('expired');
    expect(
      within(view.table).getByRole('button', { name: `Send again to ${GROSSHANDEL}` }),
    ).toHaveFocus();
  });

  it('speaks German', async () => {
    const view = await renderWithProviders(<ConnectionRequestsRoute />, {
      language: 'de',
    });
    const table = await screen.findByRole('table', { name: 'Anfragen und Vorschläge' });
    await view.user.click(
      await within(table).findByRole(
        'button',
        { name: `Anfrage an ${GROSSHANDEL} erneut senden` },
        { timeout: 10_000 },
      ),
    );
    const dialog = await screen.findByRole('dialog', {
      name: `Anfrage an ${GROSSHANDEL} erneut senden`,
    });
    expect(
      within(dialog).getByRole('textbox', { name: 'Ansprechpartner beim Kunden' }),
    ).toHaveValue(GROSSHANDEL_EMAIL);
    expect(within(dialog).getByRole('button', { name: 'Erneut senden' })).toBeDisabled();
    expect(dialog).toHaveTextContent('Ein Suchvorgang wird dafür nicht verbraucht.');
  });

  it('has no serious accessibility violations', async () => {
    const view = await renderPage();
    const dialog = await openSendAgain(view, GROSSHANDEL);
    const results = await axe.run(dialog, { rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations.filter(
      ({ impact }) => impact === 'serious' || impact === 'critical',
    );
    expect(serious.map(({ id, nodes }) => `${id}: ${nodes.length}`)).toEqual([]);
  });
});
