import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import axe from 'axe-core';
import { server } from '../../../mocks/node';
import {
  customerNamed,
  failing,
  latestRequestFor,
  loadScenario,
  neverResponding,
  withRole,
} from '../../../mocks/scenarios';
import { renderWithProviders } from '../../../tests/utils/render';
import { SuggestionsPanel } from '.';

const ANGSTROEM = 'Ångström Laboratories AB';
const PAPELERIA = 'Papelería Núñez S.L.';
const HTML_LOOKING = '<img src=x onerror=alert(1)> Trading';
const DUBOIS = 'Dubois & Fils SARL';

/** Counts the POSTs that reach /api/connection-requests, by customer id. */
function recordRequestPosts() {
  const posts: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/connection-requests') {
      void request
        .clone()
        .json()
        .then((body: { customerId: string }) => posts.push(body.customerId));
    }
  });
  return posts;
}

async function renderPanel(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const view = await renderWithProviders(<SuggestionsPanel />, options);
  await screen.findByRole('rowheader', { name: ANGSTROEM });
  return view;
}

function rowOf(customerName: string) {
  const row = screen
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name: customerName }));
  if (!row) throw new Error(`No row for ${customerName}`);
  return within(row);
}

// jsdom on a shared 2-core machine: a full render with MUI takes seconds.
describe('SuggestionsPanel', { timeout: 30_000 }, () => {
  it('shows each suggestion with its translated reason, names as plain text', async () => {
    await renderPanel();

    expect(screen.getByRole('heading', { level: 2, name: 'Suggested customers' })).toBeVisible();
    expect(screen.getByRole('table', { name: 'Suggested customers' })).toBeInTheDocument();
    expect(
      rowOf(ANGSTROEM).getByRole('cell', { name: 'You have invoiced this customer' }),
    ).toBeVisible();
    expect(
      rowOf(PAPELERIA).getByRole('cell', { name: "Your email domain matches this customer's" }),
    ).toBeVisible();
    expect(
      rowOf(DUBOIS).getByRole('cell', {
        name: 'You share a business address with this customer',
      }),
    ).toBeVisible();
    // R9's spirit: a name that looks like HTML is text, not markup.
    expect(screen.getByRole('rowheader', { name: HTML_LOOKING })).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('Connect sends one request with origin suggestion and no email; the row leaves', async () => {
    const posts = recordRequestPosts();
    const { user } = await renderPanel();

    await user.click(screen.getByRole('button', { name: `Connect ${ANGSTROEM}` }));

    await waitFor(() => {
      expect(screen.queryByRole('rowheader', { name: ANGSTROEM })).not.toBeInTheDocument();
    });
    expect(posts).toEqual([customerNamed(ANGSTROEM).id]);
    expect(latestRequestFor(ANGSTROEM)).toMatchObject({
      status: 'pending',
      origin: 'suggestion',
      contactEmail: null,
      attempt: 1,
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      `Request sent to ${ANGSTROEM}. It is now pending.`,
    );
  });

  it('a double click on Connect sends once', async () => {
    const posts = recordRequestPosts();
    const { user } = await renderPanel();

    await user.dblClick(screen.getByRole('button', { name: `Connect ${PAPELERIA}` }));

    await waitFor(() => {
      expect(screen.queryByRole('rowheader', { name: PAPELERIA })).not.toBeInTheDocument();
    });
    expect(posts).toEqual([customerNamed(PAPELERIA).id]);
    expect(latestRequestFor(PAPELERIA)?.attempt).toBe(1);
  });

  it('disables Connect while its request is in flight', async () => {
    server.use(neverResponding('post', '/api/connection-requests'));
    const { user } = await renderPanel();
    const connect = screen.getByRole('button', { name: `Connect ${DUBOIS}` });

    await user.click(connect);

    expect(connect).toBeDisabled();
    expect(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: `Select ${DUBOIS}` })).toBeDisabled();
  });

  it('reports a failed Connect in an alert with the translated server reason', async () => {
    server.use(failing('post', '/api/connection-requests', 409, 'requests_disabled'));
    const { user } = await renderPanel();

    await user.click(screen.getByRole('button', { name: `Connect ${DUBOIS}` }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Could not connect ${DUBOIS}: This customer does not accept requests from suppliers.`,
    );
    expect(screen.getByRole('rowheader', { name: DUBOIS })).toBeVisible();
    // It stays until closed (no auto-hide for an error).
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Close' }));
    await waitFor(() => {
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  it('Not my customer asks first; Cancel keeps the suggestion', async () => {
    const { user } = await renderPanel();

    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Not your customer?' });
    expect(dialog).toHaveTextContent(`${DUBOIS} will no longer be suggested.`);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(screen.getByRole('rowheader', { name: DUBOIS })).toBeVisible();
  });

  it('dismissing removes the suggestion for good, also after a fresh load', async () => {
    const { user, unmount } = await renderPanel();

    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));
    const dialog = await screen.findByRole('dialog');
    await user.dblClick(within(dialog).getByRole('button', { name: 'Dismiss suggestion' }));

    // The dialog closes after the server answers and its exit transition: slow on a busy 2-core
    // CI, and possibly over before the double click returns (so not waitForElementToBeRemoved,
    // which never sees an element that is already detached as removed).
    await waitFor(
      () => {
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      },
      { timeout: 10_000 },
    );
    await waitFor(() => {
      expect(screen.queryByRole('rowheader', { name: DUBOIS })).not.toBeInTheDocument();
    });
    // Announced once the dialog's exit has finished: a render after its removal.
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent(`${DUBOIS} is no longer suggested.`);
    });
    // A double click did not send a second dismissal (it would have failed with not_found).
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    unmount();
    await renderPanel();
    expect(screen.queryByRole('rowheader', { name: DUBOIS })).not.toBeInTheDocument();
    expect(screen.getAllByRole('rowheader')).toHaveLength(3);
  });

  it('ignores a second confirm that lands after the dismissal was answered, while the dialog closes', async () => {
    let dismissals = 0;
    const onResponse = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && request.url.endsWith('/dismiss')) dismissals += 1;
    };
    server.events.on('response:mocked', onResponse);
    const { user } = await renderPanel();
    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Dismiss suggestion' });

    fireEvent.click(confirm);
    await waitFor(() => {
      expect(dismissals).toBe(1);
    });
    // The slow second click of a double click: the button is enabled again as the dialog closes.
    await waitFor(() => {
      expect(confirm).toBeEnabled();
    });
    fireEvent.click(confirm);

    expect(await screen.findByText(`${DUBOIS} is no longer suggested.`)).toBeInTheDocument();
    expect(dismissals).toBe(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    server.events.removeListener('response:mocked', onResponse);
  });

  it('reports a failed dismissal once the dialog has closed, and keeps the row', async () => {
    server.use(failing('post', '/api/suggestions/:customerId/dismiss'));
    const { user } = await renderPanel();

    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));
    await user.click(await screen.findByRole('button', { name: 'Dismiss suggestion' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Could not dismiss ${DUBOIS}: The service is unavailable right now.`,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: DUBOIS })).toBeVisible();
  });

  it('select-all ticks the page, shows mixed state, and labels every checkbox', async () => {
    const { user } = await renderPanel();
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
    for (const name of [ANGSTROEM, PAPELERIA, HTML_LOOKING, DUBOIS]) {
      expect(screen.getByRole('checkbox', { name: `Select ${name}` })).toBeChecked();
    }

    await user.click(all);
    expect(all).not.toBeChecked();
    expect(all).not.toBePartiallyChecked();
    expect(connectSelected).toBeDisabled();
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
    const posts = recordRequestPosts();
    const { user } = await renderPanel();

    await user.click(screen.getByRole('checkbox', { name: 'Select all suggestions on this page' }));
    await user.click(screen.getByRole('button', { name: 'Connect selected' }));

    const status = screen.getByRole('status');
    await waitFor(() => {
      expect(status).toHaveTextContent('3 requests sent. 1 request could not be sent:');
    });
    expect(status).toHaveTextContent(DUBOIS);
    expect(
      screen.getByText(
        `${DUBOIS}: This customer does not accept requests from suppliers. Ask the customer to send you an invitation.`,
      ),
    ).toBeVisible();
    expect(posts).toHaveLength(4);
    for (const name of [ANGSTROEM, PAPELERIA, HTML_LOOKING]) {
      expect(latestRequestFor(name)).toMatchObject({ status: 'pending', contactEmail: null });
    }
    expect(latestRequestFor(DUBOIS)).toBeUndefined();
    await waitFor(() => {
      expect(screen.getAllByRole('rowheader')).toHaveLength(1);
    });
    // The failed one stays, still selected, ready to try again.
    expect(screen.getByRole('checkbox', { name: `Select ${DUBOIS}` })).toBeChecked();
  });

  it('paginates on the server: 500 suggestions never render at once', async () => {
    loadScenario('large-account');
    const { user } = await renderWithProviders(<SuggestionsPanel />);

    await waitFor(() => {
      expect(screen.getAllByRole('rowheader')).toHaveLength(10);
    });
    expect(screen.getByText('1–10 of 500')).toBeVisible();
    const firstPage = screen.getAllByRole('rowheader').map((cell) => cell.textContent);

    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await screen.findByText('11–20 of 500');
    await waitFor(() => {
      expect(screen.getAllByRole('rowheader')[0]?.textContent).not.toBe(firstPage[0]);
    });
    expect(screen.getAllByRole('rowheader')).toHaveLength(10);

    await user.click(screen.getByRole('combobox', { name: /rows per page/i }));
    await user.click(screen.getByRole('option', { name: '25' }));
    await screen.findByText('1–25 of 500');
    await waitFor(() => {
      expect(screen.getAllByRole('rowheader')).toHaveLength(25);
    });
  });

  it('the new-supplier scenario lists all its suggestions', async () => {
    loadScenario('new-supplier');
    await renderPanel();
    expect(screen.getAllByRole('rowheader')).toHaveLength(6);
    expect(screen.getByText('1–6 of 6')).toBeVisible();
  });

  it('shows skeleton rows while loading', async () => {
    server.use(neverResponding('get', '/api/suggestions'));
    await renderWithProviders(<SuggestionsPanel />);

    const table = screen.getByRole('table', { name: 'Suggested customers' });
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryAllByRole('rowheader')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Connect selected' })).toBeDisabled();
  });

  it('shows a load error with Retry, which loads the list', async () => {
    server.use(failing('get', '/api/suggestions'));
    const { user } = await renderWithProviders(<SuggestionsPanel />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The suggestions could not be loaded. The service is unavailable right now.',
    );
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('rowheader', { name: ANGSTROEM })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when there are no suggestions left', async () => {
    for (const name of [ANGSTROEM, PAPELERIA, HTML_LOOKING, DUBOIS]) {
      const id = encodeURIComponent(customerNamed(name).id);
      await fetch(`${window.location.origin}/api/suggestions/${id}/dismiss`, { method: 'POST' });
    }
    await renderWithProviders(<SuggestionsPanel />);

    expect(await screen.findByText('No suggestions right now.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('renders nothing for a member (the page explains instead)', async () => {
    withRole('member');
    const { container } = await renderWithProviders(<SuggestionsPanel />);

    await waitFor(() => {
      expect(container).toBeEmptyDOMElement();
    });
  });

  it('speaks German', async () => {
    const { user } = await renderWithProviders(<SuggestionsPanel />, { language: 'de' });
    await screen.findByRole('rowheader', { name: ANGSTROEM });

    expect(screen.getByRole('heading', { name: 'Vorgeschlagene Kunden' })).toBeVisible();
    expect(screen.getByRole('columnheader', { name: 'Kunde' })).toBeVisible();
    expect(screen.getByRole('columnheader', { name: 'Grund' })).toBeVisible();
    expect(screen.getByRole('columnheader', { name: 'Aktionen' })).toBeVisible();
    expect(
      rowOf(ANGSTROEM).getByRole('cell', { name: 'Sie haben diesem Kunden Rechnungen gestellt' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: `Verbinden mit ${ANGSTROEM}` })).toHaveTextContent(
      'Verbinden',
    );
    expect(
      screen.getByRole('button', { name: `Nicht mein Kunde: ${ANGSTROEM}` }),
    ).toHaveTextContent('Nicht mein Kunde');
    expect(screen.getByText('1–4 von 4')).toBeVisible();

    await user.click(screen.getByRole('checkbox', { name: `${ANGSTROEM} auswählen` }));
    expect(screen.getByRole('button', { name: 'Ausgewählte verbinden' })).toBeEnabled();
    expect(screen.getByText('1 ausgewählt')).toBeVisible();
  });

  it('has no serious accessibility violations', async () => {
    const { container } = await renderPanel();

    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false } }, // jsdom cannot compute colours
    });
    const serious = results.violations.filter(
      ({ impact }) => impact === 'serious' || impact === 'critical',
    );
    expect(serious.map(({ id, nodes }) => `${id}: ${nodes.length}`)).toEqual([]);
  });
});
