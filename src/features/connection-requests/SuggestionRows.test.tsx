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
} from '../../../mocks/scenarios';
import { bodiesOf, recordRequests } from '../../../tests/utils/mock-http';
import { renderWithProviders } from '../../../tests/utils/render';
import { ConnectionsSection } from './ConnectionsSection';

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

/** The section alone (the page adds the session, the since-last-visit alert and Search). */
async function renderSection(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const view = await renderWithProviders(<ConnectionsSection newIds={new Set()} />, options);
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

    expect(await screen.findByText(`Request sent to ${ANGSTROEM}.`)).toBeVisible();
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

  it('disables the row’s controls while its request is in flight', async () => {
    server.use(neverResponding('post', '/api/connection-requests'));
    const { user } = await renderSection();
    const connect = screen.getByRole('button', { name: `Connect with ${DUBOIS}` });

    await user.click(connect);

    expect(connect).toBeDisabled();
    expect(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: `Select ${DUBOIS}` })).toBeDisabled();
  });

  it('reports a failed Connect in an alert that stays until closed, and keeps the row', async () => {
    server.use(failing('post', '/api/connection-requests', 409, 'requests_disabled'));
    const { user } = await renderSection();

    await user.click(screen.getByRole('button', { name: `Connect with ${DUBOIS}` }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Could not connect ${DUBOIS}: This customer does not accept requests from suppliers.`,
    );
    expect(rowOf(DUBOIS).getByText('Suggested')).toBeVisible();
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Close' }));
    await waitFor(() => {
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  it('Not my customer asks first; Cancel keeps the suggestion', async () => {
    const { user } = await renderSection();

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
    const { user, unmount } = await renderSection();

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
    expect(await screen.findByText(`${DUBOIS} is no longer suggested.`)).toBeVisible();
    // A double click did not send a second dismissal (it would have failed with not_found).
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    unmount();
    const { table } = await renderSection();
    expect(screen.queryByRole('rowheader', { name: DUBOIS })).not.toBeInTheDocument();
    expect(suggestionNames(table)).toEqual([ANGSTROEM, PAPELERIA, HTML_LOOKING]);
  });

  it('ignores a second confirm that lands after the dismissal was answered, while the dialog closes', async () => {
    let dismissals = 0;
    const onResponse = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && request.url.endsWith('/dismiss')) dismissals += 1;
    };
    server.events.on('response:mocked', onResponse);
    const { user } = await renderSection();
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
    const { user } = await renderSection();

    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));
    await user.click(await screen.findByRole('button', { name: 'Dismiss suggestion' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Could not dismiss ${DUBOIS}: The service is unavailable right now.`,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: DUBOIS })).toBeVisible();
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

    expect(await screen.findByText('3 requests sent.')).toBeVisible();
    expect(screen.getByText('1 request could not be sent:')).toBeVisible();
    expect(
      screen.getByText(
        `${DUBOIS}: This customer does not accept requests from suppliers. Ask the customer to send you an invitation.`,
      ),
    ).toBeVisible();
    // Announced through the polite live region, failures by name.
    await waitFor(() => {
      expect(
        screen
          .getAllByRole('status')
          .some((region) =>
            region.textContent.startsWith('3 requests sent. 1 request could not be sent:'),
          ),
      ).toBe(true);
    });
    expect(posts).toHaveLength(4);
    for (const name of [ANGSTROEM, PAPELERIA, HTML_LOOKING]) {
      expect(latestRequestFor(name)).toMatchObject({ status: 'pending', contactEmail: null });
    }
    expect(latestRequestFor(DUBOIS)).toBeUndefined();
    await waitFor(() => {
      expect(suggestionNames(table)).toEqual([DUBOIS]);
    });
    // The failed one stays, still selected, ready to try again.
    expect(screen.getByRole('checkbox', { name: `Select ${DUBOIS}` })).toBeChecked();
    expect(screen.getByText('1 selected')).toBeVisible();
  });

  it('pages 500 suggestions on the server with the requests: 25 rows at a time', async () => {
    loadScenario('large-account');
    const { user } = await renderWithProviders(<ConnectionsSection newIds={new Set()} />);
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
    expect(screen.getByRole('button', { name: 'Ausgewählte verbinden' })).toBeEnabled();
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
