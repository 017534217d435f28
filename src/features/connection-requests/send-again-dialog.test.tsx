import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { server } from '../../../mocks/node';
import { latestRequestFor, pendingRequestFor } from '../../../mocks/scenarios';
import { answerNextPostWith, bodiesOf, recordRequests } from '../../../tests/utils/mock-http';
import { findMessage } from '../../../tests/utils/feedback';
import { renderWithProviders } from '../../../tests/utils/render';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';

const GROSSHANDEL = 'Großhandel Weiß an der Straße KG';
const GROSSHANDEL_EMAIL = 'einkauf@grosshandel-weiss.de';
const NORDWIND = 'Nordwind Energie AG';

/** The user's searches left, as the session says (Send again must not spend one). */
async function searchesRemaining(): Promise<number> {
  const response = await fetch(`${window.location.origin}/api/session`);
  return ((await response.json()) as { searchesRemaining: number }).searchesRemaining;
}

async function renderSection() {
  const view = await renderWithProviders(<ConnectionRequestsRoute />);
  const table = await screen.findByRole('table', { name: 'Requests and suggestions' });
  await within(table).findByRole('rowheader', { name: GROSSHANDEL }, { timeout: 10_000 });
  return { ...view, table };
}

/** Opens Send again on a row by keyboard: focus its button, press Enter. */
async function openByKeyboard(view: Awaited<ReturnType<typeof renderSection>>, customer: string) {
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
async function completeCheckByKeyboard(
  user: Awaited<ReturnType<typeof renderSection>>['user'],
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

beforeAll(async () => {
  await import('./send-again-dialog');
}, 60_000);

// jsdom on a shared 2-core machine: a full render with MUI takes seconds.
describe('Send again', { timeout: 30_000 }, () => {
  it('sends with the last contact as filled in, by keyboard, spending no search', async () => {
    const searches = await searchesRemaining();
    const posts = recordRequests('POST', '/api/connection-requests');
    const view = await renderSection();
    const dialog = await openByKeyboard(view, GROSSHANDEL);
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
    const view = await renderSection();
    const dialog = await openByKeyboard(view, GROSSHANDEL);
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
    const view = await renderSection();
    const dialog = await openByKeyboard(view, GROSSHANDEL);
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
    const view = await renderSection();
    const dialog = await openByKeyboard(view, NORDWIND);
    expect(within(dialog).getByRole('textbox', { name: 'Customer contact' })).toHaveValue('');
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('checks the typed email before sending, and asks for the check and the confirmation', async () => {
    const posts = recordRequests('POST', '/api/connection-requests');
    const view = await renderSection();
    const dialog = await openByKeyboard(view, GROSSHANDEL);
    const submit = within(dialog).getByRole('button', { name: 'Send again' });
    // With an email, the captcha and the confirmation are required.
    expect(submit).toBeDisabled();
    await view.user.keyboard('{Control>}a{/Control}{Backspace}anna@firma');
    await view.user.tab();
    const email = within(dialog).getByRole('textbox', { name: 'Customer contact' });
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription(
      'Enter a valid email address, such as name@company.com.',
    );
    await view.user.keyboard(' ');
    await view.user.click(within(dialog).getByRole('checkbox', { name: /I confirm that/ }));
    expect(submit).toBeDisabled();
    expect(posts).toHaveLength(0);
  });

  it('puts the server’s invalid_email on the email field and keeps everything typed', async () => {
    server.use(answerNextPostWith('invalid_email', 422, 'contactEmail'));
    const view = await renderSection();
    const dialog = await openByKeyboard(view, GROSSHANDEL);
    await completeCheckByKeyboard(view.user, dialog);
    await view.user.keyboard('{Enter}');

    const email = within(dialog).getByRole('textbox', { name: 'Customer contact' });
    await waitFor(() => expect(email).toBeInvalid());
    expect(email).toHaveAccessibleDescription(
      'Customer contact: enter a valid email address (at most 254 characters).',
    );
    expect(email).toHaveValue(GROSSHANDEL_EMAIL);
    expect(within(dialog).getByRole('checkbox', { name: /I confirm that/ })).toBeChecked();
    expect(latestRequestFor(GROSSHANDEL)?.status).toBe('expired');
  });

  it('puts captcha_failed on the captcha and not_confirmed on the confirmation', async () => {
    server.use(answerNextPostWith('captcha_failed', 422, 'captchaToken'));
    const view = await renderSection();
    const dialog = await openByKeyboard(view, GROSSHANDEL);
    await completeCheckByKeyboard(view.user, dialog);
    await view.user.keyboard('{Enter}');

    expect(
      await within(dialog).findByText(
        'reCAPTCHA: the check failed or expired. Please complete it again.',
      ),
    ).toBeVisible();
    const robot = within(dialog).getByRole('checkbox', { name: "I'm not a robot" });
    expect(robot).not.toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: 'Customer contact' })).toHaveValue(
      GROSSHANDEL_EMAIL,
    );

    server.use(answerNextPostWith('not_confirmed', 422, 'confirmed'));
    await view.user.click(robot);
    await view.user.click(within(dialog).getByRole('button', { name: 'Send again' }));
    const confirm = within(dialog).getByRole('checkbox', { name: /I confirm that/ });
    await waitFor(() => expect(confirm).toBeInvalid());
    expect(confirm).toHaveAccessibleDescription(
      'Confirmation: tick the box to confirm the request.',
    );
  });

  it('shows a conflict on the form and keeps the inputs', async () => {
    server.use(answerNextPostWith('request_limit_reached', 409));
    const view = await renderSection();
    const dialog = await openByKeyboard(view, GROSSHANDEL);
    await completeCheckByKeyboard(view.user, dialog);
    await view.user.keyboard('{Enter}');

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You have sent three requests to this customer, the maximum.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Customer contact' })).toHaveValue(
      GROSSHANDEL_EMAIL,
    );
  });

  it('sends once on a double click', async () => {
    const posts = recordRequests('POST', '/api/connection-requests');
    const view = await renderSection();
    const dialog = await openByKeyboard(view, GROSSHANDEL);
    await view.user.keyboard('{Control>}a{/Control}{Backspace}');
    await view.user.dblClick(within(dialog).getByRole('button', { name: 'Send again' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts).toHaveLength(1);
    expect(latestRequestFor(GROSSHANDEL)?.attempt).toBe(2);
  });

  it('Cancel sends nothing and gives focus back to the row’s button', async () => {
    const posts = recordRequests('POST', '/api/connection-requests');
    const view = await renderSection();
    const dialog = await openByKeyboard(view, GROSSHANDEL);
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
    const view = await renderSection();
    const dialog = await openByKeyboard(view, GROSSHANDEL);
    const results = await axe.run(dialog, { rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations.filter(
      ({ impact }) => impact === 'serious' || impact === 'critical',
    );
    expect(serious.map(({ id, nodes }) => `${id}: ${nodes.length}`)).toEqual([]);
  });
});
