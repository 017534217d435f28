import { beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { errorBody } from '../../../mocks/domain/errors';
import { server } from '../../../mocks/node';
import {
  failing,
  latestRequestFor,
  neverResponding,
  pendingRequestFor,
  withClockAdvanced,
  withFaults,
  withRole,
  withSearchesUsed,
} from '../../../mocks/scenarios';
import { api } from '../../app/api';
import { getSession, useGetSessionQuery } from '../../app/session';
import type { ConnectionRequestPage } from '../../contract';
import { recordRequests } from '../../../tests/utils/mock-http';
import { renderWithProviders } from '../../../tests/utils/render';
import type { Language } from '../../i18n';
import { demoApi } from './api';
import { DemoPanelButton } from './demo-panel-button';

/**
 * Stands in for the page: a list that provides the same tag the page's list provides, and the
 * session. What it shows changes only through RTK Query invalidation (nothing reloads).
 */
const probeApi = api.injectEndpoints({
  endpoints: (build) => ({
    probeRequests: build.query<ConnectionRequestPage, void>({
      query: () => ({ url: 'connection-requests', params: { pageSize: 100 } }),
      providesTags: [{ type: 'Request', id: 'LIST' }],
    }),
  }),
});

function PageProbe() {
  const requests = probeApi.useProbeRequestsQuery();
  const session = useGetSessionQuery();
  return (
    <section aria-label="Page probe">
      <p>Role: {session.data?.user.role ?? '…'}</p>
      <p>Rows: {requests.isError ? 'error' : (requests.data?.total ?? '…')}</p>
      <ul aria-label="Page rows">
        {requests.data?.items.map((item) => (
          <li key={item.id}>
            {item.customerName}: {item.status}
          </li>
        ))}
      </ul>
    </section>
  );
}

// MUI in jsdom on this shared 2-core machine: whole flows through the drawer take seconds.
vi.setConfig({ testTimeout: 30_000 });

const MUELLER = 'Müller Logistik GmbH';
const SOCIETE = "Société Générale d'Équipement S.A.";

async function openPanel(language: Language = 'en') {
  const view = await renderWithProviders(
    <>
      <DemoPanelButton />
      <PageProbe />
    </>,
    { language },
  );
  const name = language === 'de' ? 'Demo' : /^demo/i;
  await view.user.click(await screen.findByRole('button', { name }));
  // The drawer and its messages are lazy chunks: their first import in jsdom on a busy 2-core
  // machine can take seconds.
  const panel = await screen.findByRole(
    'dialog',
    { name: language === 'de' ? 'Demo-Steuerung' : 'Demo controls' },
    { timeout: 10_000 },
  );
  return { ...view, panel };
}

function pageRow(customer: string) {
  // The page sits behind the modal drawer (aria-hidden), as it does for a user.
  return within(screen.getByRole('list', { name: 'Page rows', hidden: true })).getByText(
    (_content, element) =>
      element?.tagName === 'LI' && element.textContent.startsWith(`${customer}:`),
  );
}

/** A live region of that role (status: polite, alert: assertive) carries the message. */
async function expectAnnounced(role: 'status' | 'alert', message: string) {
  await waitFor(() =>
    expect(screen.getAllByRole(role).map((region) => region.textContent)).toContain(message),
  );
}

// The drawer is a lazy chunk: importing it once up front keeps its first transform in jsdom
// (seconds on a busy 2-core CI) out of each test's timing; the button still uses import().
beforeAll(async () => {
  await import('./demo-panel');
}, 60_000);

describe('Demo button and drawer', () => {
  it('shows the button once its lazily loaded messages are there, never a key', async () => {
    await renderWithProviders(<DemoPanelButton />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Demo' })).toBeVisible();
  });

  it('names the button in German, with faults active', async () => {
    withFaults({ latencyMs: 0, failureRate: 0.5 });
    await renderWithProviders(<DemoPanelButton />, { language: 'de' });
    expect(await screen.findByRole('button', { name: 'Demo (Störungen aktiv)' })).toBeVisible();
  });

  it('opens a drawer titled Demo controls with every section, and closes it', async () => {
    const { user, panel } = await openPanel();
    await within(panel).findByRole('heading', { name: 'Reset everything', level: 3 });
    expect(
      within(panel)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'Act as the customer',
      'Clock',
      'Scenario',
      'Role',
      'Merge duplicate account',
      'Support',
      'Faults',
      'Reset everything',
    ]);
    expect(screen.getByRole('button', { name: /^demo/i, hidden: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await user.click(within(panel).getByRole('button', { name: 'Close demo controls' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('closes with Escape (keyboard)', async () => {
    const { user } = await openPanel();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: /^demo/i })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});

describe('Act as the customer', () => {
  it('approving a pending request makes the page list show it approved, without a reload', async () => {
    const { user, panel } = await openPanel();
    expect(await screen.findByText(`${MUELLER}: pending`)).toBeInTheDocument();

    await user.click(await within(panel).findByRole('button', { name: `Approve ${MUELLER}` }));

    await expectAnnounced('status', `${MUELLER} approved the request.`);
    await waitFor(() => expect(pageRow(MUELLER)).toHaveTextContent(`${MUELLER}: approved`));
    await waitFor(() =>
      expect(
        within(panel).queryByRole('button', { name: `Approve ${MUELLER}` }),
      ).not.toBeInTheDocument(),
    );
    expect(latestRequestFor(MUELLER)?.status).toBe('approved');
  });

  it('rejects with a 500-character comment, counted, and the page shows it rejected', async () => {
    const { user, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: `Reject ${MUELLER}` }));
    const comment = within(panel).getByRole('textbox', { name: 'Comment (optional)' });
    expect(comment).toHaveFocus();
    expect(within(panel).getByText('0/500')).toBeInTheDocument();

    const text = 'a'.repeat(499) + 'z';
    await user.paste(text);
    expect(within(panel).getByText('500/500')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Send rejection' }));

    await waitFor(() => expect(pageRow(MUELLER)).toHaveTextContent(`${MUELLER}: rejected`));
    expect(latestRequestFor(MUELLER)?.comment).toBe(text);
  });

  it('blocks a 501-character comment with an error, and sends nothing', async () => {
    const { user, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: `Reject ${MUELLER}` }));
    await user.paste('b'.repeat(501));

    const comment = within(panel).getByRole('textbox', { name: 'Comment (optional)' });
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(within(panel).getByText('At most 500 characters (501/500).')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Send rejection' })).toBeDisabled();
    await user.keyboard('{Enter}'); // a newline in the multiline field, never a submit
    expect(latestRequestFor(MUELLER)?.status).toBe('pending');
  });

  it('the server also refuses a 501-character comment', async () => {
    const { store } = await renderWithProviders(<p>no UI</p>);
    const result = await store.dispatch(
      demoApi.endpoints.demoRespond.initiate({
        requestId: pendingRequestFor(MUELLER),
        decision: 'reject',
        comment: 'c'.repeat(501),
      }),
    );
    expect(result.error).toMatchObject({ status: 422 });
    expect(latestRequestFor(MUELLER)?.status).toBe('pending');
  });

  it('works as a member: the pending requests come with the demo state, which ignores the role', async () => {
    withRole('member');
    const { user, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: `Approve ${MUELLER}` }));
    await expectAnnounced('status', `${MUELLER} approved the request.`);
    expect(latestRequestFor(MUELLER)?.status).toBe('approved');
  });

  it('works with every call failing: no list call, the demo state and respond ignore the faults', async () => {
    withFaults({ latencyMs: 0, failureRate: 1 });
    const lists = recordRequests('GET', '/api/connection-requests');
    const { user, panel } = await openPanel();
    expect(await within(panel).findByText(/^\d+ pending requests$/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: `Reject ${MUELLER}` }));
    await user.click(within(panel).getByRole('button', { name: 'Send rejection' }));
    await expectAnnounced('status', `${MUELLER} rejected the request.`);
    expect(latestRequestFor(MUELLER)?.status).toBe('rejected');
    await waitFor(() =>
      expect(
        within(panel).queryByRole('button', { name: `Reject ${MUELLER}` }),
      ).not.toBeInTheDocument(),
    );
    // Only the page probe asked for the list (and failed); the panel never did.
    expect(lists.every(({ url }) => !url.includes('status=pending'))).toBe(true);
  });
});

describe('Clock', () => {
  it('shows the server date, and +30 days expires the 29-day-old request at once', async () => {
    const { user, panel } = await openPanel();
    expect(await within(panel).findByText(/^Server date: /)).toBeInTheDocument();
    expect(
      within(panel).getByText('The clock runs in real time (not moved forward).'),
    ).toBeVisible();
    expect(await screen.findByText(`${SOCIETE}: pending`)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Advance the clock by 30 days' }));

    await waitFor(() => expect(pageRow(SOCIETE)).toHaveTextContent(`${SOCIETE}: expired`));
    expect(await within(panel).findByText('Moved forward by 30 days')).toBeInTheDocument();
  });

  it('+1 day is enough for the 29-day-old request (R2 boundary)', async () => {
    const { user, panel } = await openPanel();
    await user.click(
      await within(panel).findByRole('button', { name: 'Advance the clock by 1 day' }),
    );
    await waitFor(() => expect(pageRow(SOCIETE)).toHaveTextContent(`${SOCIETE}: expired`));
    expect(within(panel).getByText('Moved forward by 1 day')).toBeInTheDocument();
  });

  it('advances by a typed number of days and refuses one out of range', async () => {
    const { user, panel } = await openPanel();
    const days = await within(panel).findByRole('spinbutton', { name: 'Days' });
    const advance = within(panel).getByRole('button', { name: 'Advance' });

    await user.type(days, '0');
    expect(within(panel).getByText('Enter a whole number from 1 to 3650.')).toBeInTheDocument();
    expect(advance).toBeDisabled();

    await user.clear(days);
    await user.type(days, '12');
    await user.click(advance);
    expect(await within(panel).findByText('Moved forward by 12 days')).toBeInTheDocument();
  });

  it('disables the clock buttons while the call runs', async () => {
    server.use(neverResponding('post', '/api/demo/clock'));
    const { user, panel } = await openPanel();
    const plusSeven = await within(panel).findByRole('button', {
      name: 'Advance the clock by 7 days',
    });
    await user.click(plusSeven);
    expect(plusSeven).toBeDisabled();
    expect(
      within(panel).getByRole('button', { name: 'Advance the clock by 1 day' }),
    ).toBeDisabled();
  });
});

describe('Scenario', () => {
  it('loads the new-supplier scenario: the page list empties', async () => {
    const { user, panel } = await openPanel();
    expect(await screen.findByText(`${MUELLER}: pending`)).toBeInTheDocument();

    await user.click(await within(panel).findByRole('combobox', { name: 'Scenario' }));
    await user.click(await screen.findByRole('option', { name: 'New supplier' }));
    await user.click(within(panel).getByRole('button', { name: 'Load' }));

    expect(await within(panel).findByText('Current scenario: New supplier')).toBeInTheDocument();
    expect(await screen.findByText('Rows: 0')).toBeInTheDocument();
  });
});

describe('Role', () => {
  it('switches the session to a member, and back to an administrator', async () => {
    const { user, panel } = await openPanel();
    expect(await screen.findByText('Role: admin')).toBeInTheDocument();
    const group = await within(panel).findByRole('radiogroup', { name: "Current user's role" });
    expect(within(group).getByRole('radio', { name: 'Administrator' })).toBeChecked();

    await user.click(within(group).getByRole('radio', { name: 'Member' }));

    expect(await screen.findByText('Role: member')).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'Member' })).toBeChecked();
    expect(await screen.findByText('Rows: error')).toBeInTheDocument();

    await user.click(within(group).getByRole('radio', { name: 'Administrator' }));
    expect(await screen.findByText('Role: admin')).toBeInTheDocument();
  });
});

describe('Merge duplicate account', () => {
  it('merges, shows what R10 did by group with names, and cannot merge twice', async () => {
    const { user, panel } = await openPanel();
    const mergeButton = await within(panel).findByRole('button', {
      name: 'Merge duplicate account',
    });
    await user.click(mergeButton);

    const box = await within(panel).findByRole('region', { name: 'What the merge did' });
    expect(within(box).getByRole('heading', { name: /^Kept: \d+$/ })).toBeInTheDocument();
    expect(
      within(box).getByRole('heading', { name: /^Added from the duplicate: \d+$/ }),
    ).toBeInTheDocument();
    expect(within(box).getByRole('heading', { name: 'Consolidated: 2' })).toBeInTheDocument();
    expect(within(box).getByRole('heading', { name: /^Removed: \d+$/ })).toBeInTheDocument();
    expect(within(box).getByText('Nordwind Energie AG (Pending)')).toBeInTheDocument();
    expect(within(box).getByText(`${MUELLER} (Approved)`)).toBeInTheDocument();

    // The page list follows R10: Müller Logistik was approved in the duplicate account.
    await waitFor(() => expect(pageRow(MUELLER)).toHaveTextContent(`${MUELLER}: approved`));
    await waitFor(() => expect(mergeButton).toBeDisabled());
    expect(within(panel).getByText('There is no duplicate account left to merge.')).toBeVisible();
  });
});

describe('Support', () => {
  it('shows the searches remaining and resets them', async () => {
    withSearchesUsed(4);
    const { user, panel } = await openPanel();
    expect(await within(panel).findByText('Searches remaining: 1 of 5')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Reset search attempts' }));

    expect(await within(panel).findByText('Searches remaining: 5 of 5')).toBeInTheDocument();
    await expectAnnounced('status', 'Search attempts reset: 5 of 5 remaining.');
  });

  it('translates a failure and announces it as an alert', async () => {
    server.use(failing('post', '/api/demo/reset-searches', 503));
    const { user, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: 'Reset search attempts' }));
    await expectAnnounced('alert', 'The service is unavailable right now. Please try again.');
  });
});

describe('Faults', () => {
  it('applies a 100 % failure rate: other calls fail with 503 and the Demo button says so', async () => {
    const { user, panel, store } = await openPanel();
    expect(await within(panel).findByText('No faults: the server answers normally.')).toBeVisible();
    const rate = within(panel).getByRole('spinbutton', { name: 'Failure rate (%)' });
    await user.clear(rate);
    await user.type(rate, '100');
    await user.click(within(panel).getByRole('button', { name: 'Apply' }));

    expect(
      await within(panel).findByText(/Faults are active: .* 100% of calls fail\./),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Demo (faults active)', hidden: true }),
    ).toBeInTheDocument();
    const session = await store.dispatch(getSession.initiate(undefined, { forceRefetch: true }));
    expect(session.error).toMatchObject({ status: 503, code: 'service_unavailable' });

    await user.click(within(panel).getByRole('button', { name: 'Clear faults' }));
    expect(await within(panel).findByText('No faults: the server answers normally.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Demo', hidden: true })).toBeInTheDocument();
  });

  it('refuses a failure rate above 100 %', async () => {
    const { user, panel } = await openPanel();
    const rate = await within(panel).findByRole('spinbutton', { name: 'Failure rate (%)' });
    await user.clear(rate);
    await user.type(rate, '150');
    expect(within(panel).getByText('Enter a number from 0 to 100.')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Apply' })).toBeDisabled();
  });
});

describe('Reset everything', () => {
  it('asks for confirmation; Cancel keeps everything, Reset goes back to the default', async () => {
    withClockAdvanced(30);
    const { user, panel } = await openPanel();
    await waitFor(() => expect(pageRow(SOCIETE)).toHaveTextContent(`${SOCIETE}: expired`));

    await user.click(await within(panel).findByRole('button', { name: 'Reset everything' }));
    let dialog = await screen.findByRole('dialog', { name: 'Reset everything?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Reset everything?' })).not.toBeInTheDocument(),
    );
    expect(within(panel).getByText('Moved forward by 30 days')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Reset everything' }));
    dialog = await screen.findByRole('dialog', { name: 'Reset everything?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }));

    await waitFor(() => expect(pageRow(SOCIETE)).toHaveTextContent(`${SOCIETE}: pending`));
    expect(
      await within(panel).findByText('The clock runs in real time (not moved forward).'),
    ).toBeInTheDocument();
  });

  it('is offered when the demo state cannot be loaded, and brings the demo back', async () => {
    // A stored state the server cannot serve (500) until the demo is reset.
    let broken = true;
    server.use(
      http.get('*/api/demo/state', () =>
        broken ? HttpResponse.json(errorBody('internal_error'), { status: 500 }) : undefined,
      ),
      http.post('*/api/demo/reset', () => {
        broken = false;
      }),
    );
    const { user, panel } = await openPanel();
    expect(
      await within(panel).findByText(
        'The demo state could not be loaded: Something went wrong on the server. Please try again.',
      ),
    ).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Reset everything' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset everything?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }));
    expect(
      await within(panel).findByText('The clock runs in real time (not moved forward).'),
    ).toBeInTheDocument();
  });
});

describe('German and accessibility', () => {
  it('shows German labels', async () => {
    const { panel } = await openPanel('de');
    expect(
      await within(panel).findByRole('heading', { name: 'Als Kunde handeln' }),
    ).toBeInTheDocument();
    expect(
      await within(panel).findByRole('button', { name: `Genehmigen: ${MUELLER}` }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Störungen' })).toBeInTheDocument();
    expect(within(panel).getByRole('radio', { name: 'Mitglied' })).toBeInTheDocument();
    expect(
      within(panel).getByRole('button', { name: 'Uhr um 30 Tage vorstellen' }),
    ).toBeInTheDocument();
    expect(within(panel).getByText(/^Serverdatum: /)).toBeInTheDocument();
  });

  it('has no serious axe violations with the drawer open', async () => {
    const { panel } = await openPanel();
    await within(panel).findByRole('button', { name: `Approve ${MUELLER}` });
    await within(panel).findByText(/^Server date: /);
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } }, // jsdom cannot compute colours
    });
    const serious = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
