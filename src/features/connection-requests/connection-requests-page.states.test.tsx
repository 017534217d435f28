import { expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { server } from '../../../mocks/node';
import { getMockStore } from '../../../mocks/store';
import {
  delayed,
  failing,
  loadScenario,
  neverResponding,
  withRole,
} from '../../../mocks/scenarios';
import { recordNetwork } from '../../../tests/utils/mock-http';
import { renderWithProviders } from '../../../tests/utils/render';
import {
  ANGSTROEM,
  DEFAULT_ROWS,
  MUELLER,
  TABLE,
  describePage,
  renderPage,
  rowHeaders,
} from '../../../tests/utils/connections-page';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';

describePage(() => {
  it('explains to a member why there is no table', async () => {
    withRole('member');
    await renderWithProviders(<ConnectionRequestsRoute />);
    expect(
      await screen.findByText(/only administrators can manage connection requests/i),
    ).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a session error with Retry that loads the page', async () => {
    server.use(failing('get', '/api/session'));
    const { user } = await renderWithProviders(<ConnectionRequestsRoute />);
    expect(await screen.findByText(/your session could not be loaded/i)).toBeVisible();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: TABLE })).toBeVisible();
  });

  it('shows skeleton rows while the rows load', async () => {
    server.use(neverResponding('get', '/api/connection-rows'));
    await renderWithProviders(<ConnectionRequestsRoute />);
    const table = await screen.findByRole('table', { name: TABLE });
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(within(table).queryAllByRole('rowheader')).toHaveLength(0);
  });

  it('shows a load error with Retry', async () => {
    server.use(failing('get', '/api/connection-rows'));
    const { user } = await renderWithProviders(<ConnectionRequestsRoute />);
    expect(
      await screen.findByText(/the requests and suggestions could not be loaded/i),
    ).toBeVisible();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('rowheader', { name: MUELLER })).toBeVisible();
  });

  it('shows a new supplier its suggestions as rows, ready to connect', async () => {
    loadScenario('new-supplier');
    await renderWithProviders(<ConnectionRequestsRoute />);
    const table = await screen.findByRole('table', { name: TABLE });
    await waitFor(() => {
      expect(within(table).getAllByText('Suggested')).toHaveLength(6);
    });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(6);
    expect(screen.queryByText(/you have no requests/i)).toBeNull();
  });

  it('says where to start when there are neither requests nor suggestions', async () => {
    loadScenario('new-supplier');
    const ids = getMockStore().world.suggestions.map(({ customerId }) => customerId);
    for (const id of ids) {
      await fetch(`${window.location.origin}/api/suggestions/${encodeURIComponent(id)}/dismiss`, {
        method: 'POST',
      });
    }
    await renderWithProviders(<ConnectionRequestsRoute />);
    expect(
      await screen.findByText(/you have no requests and no suggested customers yet/i),
    ).toBeVisible();
    expect(
      screen.getByRole('checkbox', { name: 'Select all suggestions on this page' }),
    ).toBeDisabled();
    // Nothing to export, and the disabled button says why.
    const exportButton = screen.getByRole('button', { name: 'Export CSV' });
    expect(exportButton).toBeDisabled();
    expect(exportButton).toHaveAccessibleDescription(
      'There is nothing to export: the list is empty.',
    );
  });

  it('tells "no match for this filter" apart from empty, and clears the filter', async () => {
    window.history.replaceState(null, '', '/?q=zzzz');
    const { user } = await renderWithProviders(<ConnectionRequestsRoute />);
    expect(await screen.findByText('No request or suggestion matches this filter.')).toBeVisible();
    expect(screen.queryByText(/you have no requests/i)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('rowheader', { name: MUELLER })).toBeVisible();
    await waitFor(() => {
      expect(window.location.search).toBe('');
    });
    expect(screen.getByRole('searchbox', { name: 'Filter by customer name' })).toHaveValue('');
  });

  it('keeps the rows of a failed refresh, marks them out of date and offers Retry', async () => {
    const { table, user } = await renderPage();
    server.use(failing('get', '/api/connection-rows'));

    await user.click(within(table).getByRole('button', { name: 'Customer' }));

    const stale = await waitFor(() => {
      const found = screen
        .getAllByRole('alert')
        .find((alert) => alert.textContent.includes('could not be refreshed'));
      if (found === undefined) throw new Error('no alert says the list could not be refreshed');
      return found;
    });
    expect(stale).toHaveTextContent(
      'The list could not be refreshed: The service is unavailable right now. Please try again. The rows shown may be out of date.',
    );
    // The rows are still there, described as possibly out of date.
    expect(table).toHaveAccessibleDescription(/may be out of date/);
    expect(rowHeaders(table)).toHaveLength(DEFAULT_ROWS);
    expect(table).toHaveClass('cr-stale');

    server.resetHandlers();
    await user.click(within(stale).getByRole('button', { name: 'Retry' }));
    await waitFor(() => {
      expect(screen.queryByText(/could not be refreshed/)).not.toBeInTheDocument();
    });
    expect(table).not.toHaveClass('cr-stale');
    expect(within(table).getByRole('columnheader', { name: /customer/i })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('switches to the member explanation at once when any call answers 403', async () => {
    const { user } = await renderPage();
    // The role is changed elsewhere (another tab, an administrator) while the table is open.
    withRole('member');

    await user.click(screen.getByRole('button', { name: `Connect with ${ANGSTROEM}` }));

    expect(
      await screen.findByText('Only administrators can manage connection requests'),
    ).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^search/i })).not.toBeInTheDocument();
  });

  it('asks for the session and the first rows together, one round trip less', async () => {
    server.use(delayed('get', '/api/session', 300));
    const { log } = recordNetwork();
    await renderPage();
    // Both left before the (slow) session came back, and nothing else is needed for the rows.
    const sessionAnswered = log.findIndex(
      ({ event, path }) => event === 'answered' && path === '/api/session',
    );
    const sent = log.filter(({ event }) => event === 'sent').map(({ path }) => path);
    expect(sent.slice(0, 2).sort()).toEqual(['/api/connection-rows', '/api/session']);
    expect(log.slice(0, sessionAnswered).filter(({ event }) => event === 'sent')).toHaveLength(2);
    expect(sent).not.toContain('/api/suggestions');
  });

  it('sends the first rows ahead of the session, so the table mounts once, with its rows', async () => {
    const { log } = recordNetwork();
    await renderPage();
    const sent = log.filter(({ event }) => event === 'sent').map(({ path }) => path);
    expect(sent.slice(0, 2)).toEqual(['/api/connection-rows', '/api/session']);
  });

  it('shows the session notice about reset stored state, dismissibly', async () => {
    // What the mock store sets when it replaced corrupt stored state.
    getMockStore().notice = { code: 'state_reset', message: 'Stored state was reset.' };
    const { user } = await renderWithProviders(<ConnectionRequestsRoute />);
    const notice = await screen.findByText(/your saved data could not be read/i);
    expect(notice).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByText(/your saved data could not be read/i)).toBeNull();
  });
});
