import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import axe from 'axe-core';
import { server } from '../../../mocks/node';
import {
  customerNamed,
  failing,
  latestRequestFor,
  loadScenario,
  neverResponding,
} from '../../../mocks/scenarios';
import { getMockStore } from '../../../mocks/store';
import {
  closeMessage,
  expectAnnounced,
  findMessage,
  queryMessage,
} from '../../../tests/utils/feedback';
import { bodiesOf, recordRequests } from '../../../tests/utils/mock-http';
import { renderWithProviders } from '../../../tests/utils/render';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';

const TABLE = 'Requests and suggestions';
const ANGSTROEM = 'Ångström Laboratories AB';
const PAPELERIA = 'Papelería Núñez S.L.';
const HTML_LOOKING = '<img src=x onerror=alert(1)> Trading';
const DUBOIS = 'Dubois & Fils SARL';
const SUGGESTED = [ANGSTROEM, PAPELERIA, HTML_LOOKING, DUBOIS];

/** The customers of the requests sent so far (POST /api/connection-requests), in order. */
async function customersPosted(posts: readonly Request[]): Promise<string[]> {
  return (await bodiesOf<{ customerId: string }>(posts)).map(({ customerId }) => customerId);
}

/** The page, as a user meets the suggestion rows. */
async function renderSection(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const view = await renderWithProviders(<ConnectionRequestsRoute />, options);
  const table = await screen.findByRole('table', {
    name: options.language === 'de' ? 'Anfragen und Vorschläge' : TABLE,
  });
  await within(table).findByRole('rowheader', { name: ANGSTROEM }, { timeout: 10_000 });
  return { ...view, table };
}

function rowOf(customerName: string) {
  const row = within(screen.getByRole('table'))
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name: customerName }));
  if (!row) throw new Error(`No row for ${customerName}`);
  return within(row);
}

/** Whether the mock backend has dismissed the customer's suggestion for good. */
const dismissedInStore = (customerId: string) =>
  getMockStore().read((world) => world.dismissed.has(customerId));

/** The rows that are suggestions (a Suggested chip). */
const suggestionNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByText('Suggested') !== null)
    .map((row) => within(row).getByRole('rowheader').textContent);

// jsdom on a shared 2-core machine: a full render with MUI takes seconds.
describe('suggestion rows', { timeout: 30_000 }, () => {
  it('Connect sends one request with origin suggestion and no email; the row becomes Pending', async () => {
    const posts = recordRequests('POST', '/api/connection-requests');
    const { user, table } = await renderSection();

    await user.click(screen.getByRole('button', { name: `Connect with ${ANGSTROEM}` }));

    expect(await findMessage()).toHaveTextContent(`Request sent to ${ANGSTROEM}.`);
    await expectAnnounced(`Request sent to ${ANGSTROEM}.`);
    await waitFor(() => {
      expect(rowOf(ANGSTROEM).getByText('Pending')).toBeVisible();
    });
    expect(rowOf(ANGSTROEM).getByText('[System initiated]')).toBeVisible();
    expect(suggestionNames(table)).not.toContain(ANGSTROEM);
    expect(await customersPosted(posts)).toEqual([customerNamed(ANGSTROEM).id]);
    expect(latestRequestFor(ANGSTROEM)).toMatchObject({
      status: 'pending',
      origin: 'suggestion',
      contactEmail: null,
      attempt: 1,
    });
  });

  it('after Connect, focus moves on to the next row’s first action, never to <body>', async () => {
    const { user } = await renderSection();
    const connect = screen.getByRole('button', { name: `Connect with ${ANGSTROEM}` });
    act(() => {
      connect.focus();
    });

    await user.keyboard('{Enter}');

    await waitFor(() => {
      expect(screen.getByRole('button', { name: `Connect with ${PAPELERIA}` })).toHaveFocus();
    });
  });

  it('a double click on Connect sends once', async () => {
    const posts = recordRequests('POST', '/api/connection-requests');
    const { user } = await renderSection();

    await user.dblClick(screen.getByRole('button', { name: `Connect with ${PAPELERIA}` }));

    await waitFor(() => {
      expect(rowOf(PAPELERIA).getByText('Pending')).toBeVisible();
    });
    expect(await customersPosted(posts)).toEqual([customerNamed(PAPELERIA).id]);
    expect(latestRequestFor(PAPELERIA)?.attempt).toBe(1);
  });

  it('disables the row’s controls while its request is in flight, focus resting on the row', async () => {
    server.use(neverResponding('post', '/api/connection-requests'));
    const { user } = await renderSection();
    const connect = screen.getByRole('button', { name: `Connect with ${DUBOIS}` });

    await user.click(connect);

    expect(connect).toBeDisabled();
    expect(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: `Select ${DUBOIS}` })).toBeDisabled();
    expect(document.activeElement?.getAttribute('data-customer-id')).toBe(customerNamed(DUBOIS).id);
  });

  it('reports a failed Connect in a message that stays until closed, and keeps the row', async () => {
    server.use(failing('post', '/api/connection-requests', 409, 'requests_disabled'));
    const { user } = await renderSection();

    await user.click(screen.getByRole('button', { name: `Connect with ${DUBOIS}` }));

    const text = `Could not connect ${DUBOIS}: This customer does not accept requests from suppliers.`;
    expect(await findMessage()).toHaveTextContent(text);
    await expectAnnounced(text, 'alert');
    expect(rowOf(DUBOIS).getByText('Suggested')).toBeVisible();
    expect(screen.getByRole('button', { name: `Connect with ${DUBOIS}` })).toHaveFocus();
    await closeMessage(user);
  });

  it('a Connect whose refresh fails still shows the row as Pending, from the answer itself', async () => {
    const { user } = await renderSection();
    server.use(failing('get', '/api/connection-rows'));

    await user.click(screen.getByRole('button', { name: `Connect with ${DUBOIS}` }));

    expect(await screen.findByText(/the list could not be refreshed/i)).toBeVisible();
    expect(rowOf(DUBOIS).getByText('Pending')).toBeVisible();
    expect(screen.queryByRole('button', { name: `Connect with ${DUBOIS}` })).toBeNull();
    expect(
      rowOf(DUBOIS).getByRole('button', { name: `Withdraw the request to ${DUBOIS}` }),
    ).toBeEnabled();
  });

  it('Not my customer takes the row away at once and offers Undo; the dismissal waits', async () => {
    const dismissals = recordRequests('POST', '/dismiss');
    const { user } = await renderSection();

    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));

    expect(screen.queryByRole('rowheader', { name: DUBOIS })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const message = await findMessage();
    expect(message).toHaveTextContent(`${DUBOIS} is no longer suggested.`);
    // Focus moves on to the next row's first action (a request follows the last suggestion).
    await waitFor(() => {
      expect(
        screen.getByRole('button', { name: 'Withdraw the request to Müller Logistik GmbH' }),
      ).toHaveFocus();
    });
    expect(dismissals).toHaveLength(0);

    await user.click(
      within(message).getByRole('button', { name: `Undo: suggest ${DUBOIS} again` }),
    );

    expect(await screen.findByRole('rowheader', { name: DUBOIS })).toBeVisible();
    await waitFor(() => {
      expect(screen.getByRole('button', { name: `Connect with ${DUBOIS}` })).toHaveFocus();
    });
    await expectAnnounced(`${DUBOIS} is suggested again.`);
    expect(dismissals).toHaveLength(0);
    expect(dismissedInStore(customerNamed(DUBOIS).id)).toBe(false);
  });

  it('sends the dismissal when its message goes, and it is gone for good', async () => {
    const dismissals = recordRequests('POST', '/dismiss');
    const { user, unmount } = await renderSection();

    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));
    await closeMessage(user);

    await waitFor(() => {
      expect(dismissals).toHaveLength(1);
    });
    await waitFor(() => {
      expect(dismissedInStore(customerNamed(DUBOIS).id)).toBe(true);
    });
    unmount();
    const { table } = await renderSection();
    expect(screen.queryByRole('rowheader', { name: DUBOIS })).not.toBeInTheDocument();
    expect(suggestionNames(table)).toEqual([ANGSTROEM, PAPELERIA, HTML_LOOKING]);
  });

  it('sends a held dismissal at once, with keepalive, when the page is hidden', async () => {
    const dismissals = recordRequests('POST', '/dismiss');
    const { user } = await renderSection();

    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));
    expect(await findMessage()).toHaveTextContent(`${DUBOIS} is no longer suggested.`);
    expect(dismissals).toHaveLength(0);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    visibility.mockRestore();

    await waitFor(() => {
      expect(dismissals).toHaveLength(1);
    });
    expect(dismissals[0]?.keepalive).toBe(true);
    // Undo is over: its message has gone.
    await waitFor(() => {
      expect(queryMessage()).not.toBeInTheDocument();
    });
  });

  it('sends on the next visit a dismissal that left with the page, its row left out', async () => {
    const dismissals = recordRequests('POST', '/dismiss');
    const key = 'cr.heldDismissals.sup-nordlicht';
    const dubois = customerNamed(DUBOIS).id;
    // What the page wrote down as it went (hidden, closed): it could not be sure of the call.
    window.localStorage.setItem(key, JSON.stringify([dubois]));

    await renderSection();

    expect(screen.queryByRole('rowheader', { name: DUBOIS })).not.toBeInTheDocument();
    await waitFor(() => {
      expect(dismissedInStore(dubois)).toBe(true);
    });
    expect(dismissals.length).toBeGreaterThan(0);
    await waitFor(() => {
      expect(window.localStorage.getItem(key)).toBeNull();
    });
  });

  it('a second Not my customer sends the first one (its Undo is gone)', async () => {
    const dismissals = recordRequests('POST', '/dismiss');
    const { user } = await renderSection();

    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));
    await user.click(screen.getByRole('button', { name: `Not my customer: ${PAPELERIA}` }));

    await waitFor(() => {
      expect(dismissals).toHaveLength(1);
    });
    expect(await findMessage()).toHaveTextContent(`${PAPELERIA} is no longer suggested.`);
    expect(screen.queryByRole('rowheader', { name: DUBOIS })).not.toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: PAPELERIA })).not.toBeInTheDocument();
  });

  it('a refused dismissal brings the row back and says why, by name', async () => {
    server.use(failing('post', '/api/suggestions/:customerId/dismiss'));
    const { user } = await renderSection();

    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));
    await user.click(within(await findMessage()).getByRole('button', { name: 'Close' }));

    const text = `Could not dismiss ${DUBOIS}: The service is unavailable right now.`;
    expect(await findMessage()).toHaveTextContent(text);
    await expectAnnounced(text, 'alert');
    expect(await screen.findByRole('rowheader', { name: DUBOIS })).toBeVisible();
  });

  it('select-all ticks the suggestions of the page, shows mixed state, and labels every checkbox', async () => {
    const { user } = await renderSection();
    const all = screen.getByRole('checkbox', { name: 'Select all suggestions on this page' });
    const connectSelected = screen.getByRole('button', { name: 'Connect selected' });
    expect(connectSelected).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: `Select ${ANGSTROEM}` }));
    expect(all).toBePartiallyChecked();
    expect(screen.getByText('1 selected')).toBeVisible();
    expect(connectSelected).toBeEnabled();

    await user.click(all);
    expect(all).toBeChecked();
    expect(screen.getByText('4 selected')).toBeVisible();
    for (const name of SUGGESTED) {
      expect(screen.getByRole('checkbox', { name: `Select ${name}` })).toBeChecked();
    }
    // Requests have no checkbox: header plus one per suggestion.
    expect(screen.getAllByRole('checkbox')).toHaveLength(SUGGESTED.length + 1);

    await user.click(all);
    expect(all).not.toBeChecked();
    expect(all).not.toBePartiallyChecked();
    expect(connectSelected).toBeDisabled();
  });

  it('a new view drops the selection', async () => {
    const { user } = await renderSection();
    await user.click(screen.getByRole('checkbox', { name: `Select ${ANGSTROEM}` }));
    expect(screen.getByText('1 selected')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Customer' }));

    await waitFor(() => {
      expect(screen.queryByText('1 selected')).not.toBeInTheDocument();
    });
    expect(await screen.findByRole('checkbox', { name: `Select ${ANGSTROEM}` })).not.toBeChecked();
  });

  it('Connect selected sends each as its own request and reports the failure by name', async () => {
    const duboisId = customerNamed(DUBOIS).id;
    server.use(
      http.post('*/api/connection-requests', async ({ request }) => {
        const body = (await request.clone().json()) as { customerId: string };
        if (body.customerId !== duboisId) return undefined; // the mock backend answers
        return HttpResponse.json(
          { error: { code: 'requests_disabled', message: 'Requests disabled.' } },
          { status: 409 },
        );
      }),
    );
    const posts = recordRequests('POST', '/api/connection-requests');
    const { user, table } = await renderSection();

    await user.click(screen.getByRole('checkbox', { name: 'Select all suggestions on this page' }));
    await user.click(screen.getByRole('button', { name: 'Connect selected' }));

    const message = await findMessage();
    expect(message).toHaveTextContent('3 requests sent. 1 request could not be sent:');
    expect(
      within(message).getByText(
        `${DUBOIS}: This customer does not accept requests from suppliers. Ask the customer to send you an invitation.`,
      ),
    ).toBeVisible();
    // Announced at once (a failure), failures by name.
    await expectAnnounced(
      `3 requests sent. 1 request could not be sent: ${DUBOIS}: This customer does not accept`,
      'alert',
    );
    expect(posts).toHaveLength(4);
    for (const name of [ANGSTROEM, PAPELERIA, HTML_LOOKING]) {
      expect(latestRequestFor(name)).toMatchObject({ status: 'pending', contactEmail: null });
    }
    expect(latestRequestFor(DUBOIS)).toBeUndefined();
    await waitFor(() => {
      expect(suggestionNames(table)).toEqual([DUBOIS]);
    });
    // The failed one stays, still selected, ready to try again; focus is on it.
    expect(screen.getByRole('checkbox', { name: `Select ${DUBOIS}` })).toBeChecked();
    expect(screen.getByText('1 selected')).toBeVisible();
    expect(screen.getByRole('button', { name: `Connect with ${DUBOIS}` })).toHaveFocus();
  });

  it('pages 500 suggestions on the server with the requests: 25 rows at a time', async () => {
    loadScenario('large-account');
    const { user } = await renderWithProviders(<ConnectionRequestsRoute />);
    const section = await screen.findByRole('region', { name: TABLE });
    expect(await within(section).findByText(/1–25 of 10,?500/)).toBeVisible();
    await waitFor(() => {
      expect(within(section).getAllByText('Suggested')).toHaveLength(25);
    });
    await user.click(within(section).getByRole('checkbox', { name: /select all/i }));
    expect(within(section).getByText('25 selected')).toBeVisible();
  });

  it('speaks German', async () => {
    const { user } = await renderSection({ language: 'de' });

    expect(rowOf(ANGSTROEM).getByText('Vorgeschlagen')).toBeVisible();
    expect(rowOf(ANGSTROEM).getByText('Sie haben diesem Kunden Rechnungen gestellt')).toBeVisible();
    expect(
      rowOf(ANGSTROEM).getByRole('button', { name: `Mit ${ANGSTROEM} verbinden` }),
    ).toHaveTextContent('Verbinden');
    expect(
      rowOf(ANGSTROEM).getByRole('button', { name: `Nicht mein Kunde: ${ANGSTROEM}` }),
    ).toHaveTextContent('Nicht mein Kunde');

    await user.click(screen.getByRole('checkbox', { name: `${ANGSTROEM} auswählen` }));
    expect(screen.getByRole('button', { name: 'Auswahl verbinden' })).toBeEnabled();
    expect(screen.getByText('1 ausgewählt')).toBeVisible();
  });

  it('has no serious accessibility violations with a suggestion selected', async () => {
    const { container, user } = await renderSection();
    await user.click(screen.getByRole('checkbox', { name: `Select ${ANGSTROEM}` }));

    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false } }, // jsdom cannot compute colours
    });
    const serious = results.violations.filter(
      ({ impact }) => impact === 'serious' || impact === 'critical',
    );
    expect(serious.map(({ id, nodes }) => `${id}: ${nodes.length}`)).toEqual([]);
  });
});
