import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { customerNamed, latestRequestFor, loadScenario } from '../../../mocks/scenarios';
import { expectAnnounced, findMessage } from '../../../tests/utils/feedback';
import { recordRequests } from '../../../tests/utils/mock-http';
import { renderWithProviders } from '../../../tests/utils/render';
import {
  ANGSTROEM,
  DUBOIS,
  HTML_LOOKING,
  PAPELERIA,
  SUGGESTED,
  TABLE,
  renderPage,
  suggestionNames,
} from '../../../tests/utils/connections-page';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';

// jsdom on a shared 2-core machine: a full render with MUI takes seconds.
describe('suggestion rows', { timeout: 30_000 }, () => {
  it('select-all ticks the suggestions of the page, shows mixed state, and labels every checkbox', async () => {
    const { user } = await renderPage();
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
    const { user } = await renderPage();
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
    const { user, table } = await renderPage();

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
});
