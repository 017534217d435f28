import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { server } from '../../../mocks/node';
import { getMockStore } from '../../../mocks/store';
import {
  DAY_MS,
  delayed,
  failing,
  latestRequestFor,
  loadScenario,
  neverResponding,
  withRole,
} from '../../../mocks/scenarios';
import { renderWithProviders } from '../../../tests/utils/render';
import { ConnectionRequestsPage } from './ConnectionRequestsPage';

const MUELLER = 'Müller Logistik GmbH';
const GROSSHANDEL = 'Großhandel Weiß an der Straße KG';
const CELIK = 'Çelik Yapı Sanayi A.Ş.';
const OESTERGAARD = 'Østergaard & Søn A/S';

async function renderPage(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const view = await renderWithProviders(<ConnectionRequestsPage />, options);
  const table = await screen.findByRole('table', { name: /your requests|ihre anfragen/i });
  await within(table).findByRole('rowheader', { name: new RegExp(MUELLER) }, { timeout: 10_000 });
  return { ...view, table };
}

function rowOf(table: HTMLElement, customer: string): HTMLElement {
  const name = new RegExp(escape(customer));
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name }) !== null);
  if (!row) throw new Error(`no row for ${customer}`);
  return row;
}

/** The hover card the link describes (other tooltips may be open elsewhere on the page). */
async function findCard(link: HTMLElement): Promise<HTMLElement> {
  return waitFor(() => {
    const id = link.getAttribute('aria-describedby');
    const card = screen.queryAllByRole('tooltip').find((tooltip) => tooltip.id === id);
    if (card === undefined) throw new Error('card not open');
    return card;
  });
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A full page with MUI in jsdom on a shared 2-core machine: rendering alone takes seconds.
describe('ConnectionRequestsPage', { timeout: 60_000 }, () => {
  it('shows the six columns and one row per customer with status, email, date and comment', async () => {
    const { table } = await renderPage();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Customer', 'Actions', 'Status', 'Email', 'Date', 'Comments']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(12);

    const mueller = rowOf(table, MUELLER);
    expect(within(mueller).getByText('Pending')).toBeInTheDocument();
    expect(within(mueller).getByText('einkauf@mueller-logistik.de')).toBeInTheDocument();
    expect(within(mueller).getByText(/days left/)).toBeInTheDocument();
    const sentAt = latestRequestFor(MUELLER)?.sentAt ?? '';
    expect(
      within(mueller).getByText(
        new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(sentAt)),
      ),
    ).toBeInTheDocument();

    expect(
      within(rowOf(table, 'Nordwind Energie AG')).getByText('[System initiated]'),
    ).toBeVisible();
    expect(
      within(rowOf(table, 'Zürcher Präzisionstechnik AG')).getByText(/parent company/),
    ).toBeVisible();
  });

  it('renders a comment that looks like HTML as text, never as markup (R9)', async () => {
    const { table } = await renderPage();
    const row = rowOf(table, 'Dvořák Strojírny s.r.o.');
    expect(
      within(row).getByText('<b>Not</b> interested <script>alert("x")</script>'),
    ).toBeInTheDocument();
    expect(within(row).queryByText('Not', { selector: 'b' })).toBeNull();
  });

  it('counts days left against the server clock: 29 days old means 1 day left', async () => {
    const { table } = await renderPage();
    expect(
      within(rowOf(table, "Société Générale d'Équipement S.A.")).getByText('1 day left'),
    ).toBeVisible();
  });

  it('derives each row action: Withdraw, Connect, invitation hint, no attempts left, nothing', async () => {
    const { table } = await renderPage();
    expect(within(rowOf(table, MUELLER)).getByRole('button', { name: /withdraw/i })).toBeEnabled();
    expect(
      within(rowOf(table, GROSSHANDEL)).getByRole('button', { name: /connect with/i }),
    ).toBeEnabled();
    expect(
      within(rowOf(table, 'Kowalski Hurtownia Sp. z o.o.')).getByRole('button', {
        name: /connect/i,
      }),
    ).toBeEnabled();
    expect(
      within(rowOf(table, 'Björk Fastigheter AB')).getByText(/ask the customer for an invitation/i),
    ).toBeVisible();
    const celik = rowOf(table, CELIK);
    expect(within(celik).getByText(/no attempts left/i)).toBeVisible();
    expect(within(celik).getByText('0 of 3 attempts left')).toBeVisible();
    expect(within(celik).queryByRole('button', { name: /connect|withdraw/i })).toBeNull();
    const approved = rowOf(table, OESTERGAARD);
    expect(within(approved).queryByRole('button', { name: /connect|withdraw/i })).toBeNull();
    expect(within(approved).queryByText(/attempts left/i)).toBeNull();
    expect(within(rowOf(table, GROSSHANDEL)).getByText('2 of 3 attempts left')).toBeVisible();
  });

  it('renders headers and statuses in German', async () => {
    const { table } = await renderPage({ language: 'de' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Kunde', 'Aktionen', 'Status', 'E-Mail', 'Datum', 'Kommentare']);
    for (const label of ['Ausstehend', 'Genehmigt', 'Abgelaufen', 'Abgelehnt', 'Zurückgezogen']) {
      expect(within(table).getAllByText(label).length).toBeGreaterThan(0);
    }
    expect(
      within(rowOf(table, GROSSHANDEL)).getByRole('button', { name: /verbinden/i }),
    ).toBeVisible();
    expect(
      within(rowOf(table, "Société Générale d'Équipement S.A.")).getByText('Noch 1 Tag'),
    ).toBeVisible();
  });

  it('explains to a member why there is no table', async () => {
    withRole('member');
    await renderWithProviders(<ConnectionRequestsPage />);
    expect(
      await screen.findByText(/only administrators can manage connection requests/i),
    ).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a session error with Retry that loads the page', async () => {
    server.use(failing('get', '/api/session'));
    const { user } = await renderWithProviders(<ConnectionRequestsPage />);
    expect(await screen.findByText(/your session could not be loaded/i)).toBeVisible();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Your requests' })).toBeVisible();
  });

  it('shows skeleton rows while the list loads', async () => {
    server.use(neverResponding('get', '/api/connection-requests'));
    await renderWithProviders(<ConnectionRequestsPage />);
    const table = await screen.findByRole('table', { name: 'Your requests' });
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(within(table).queryAllByRole('rowheader')).toHaveLength(0);
  });

  it('shows a list error with Retry', async () => {
    server.use(failing('get', '/api/connection-requests'));
    const { user } = await renderWithProviders(<ConnectionRequestsPage />);
    expect(await screen.findByText(/the requests could not be loaded/i)).toBeVisible();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('rowheader', { name: MUELLER })).toBeVisible();
  });

  it('explains suggestions and search to a new supplier with no requests', async () => {
    loadScenario('new-supplier');
    await renderWithProviders(<ConnectionRequestsPage />);
    expect(await screen.findByText(/you have not sent any connection requests yet/i)).toBeVisible();
    expect(screen.queryByText(/no requests match/i)).toBeNull();
  });

  it('tells "no match for this filter" apart from empty, and clears the filter', async () => {
    window.history.replaceState(null, '', '/?q=zzzz');
    const { user } = await renderWithProviders(<ConnectionRequestsPage />);
    expect(await screen.findByText('No requests match this filter.')).toBeVisible();
    expect(screen.queryByText(/you have not sent any/i)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('rowheader', { name: MUELLER })).toBeVisible();
    expect(window.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Filter by customer name' })).toHaveValue('');
  });

  it('withdraws a pending request after confirmation and announces it', async () => {
    const { table, user } = await renderPage();
    await user.click(within(rowOf(table, MUELLER)).getByRole('button', { name: /withdraw/i }));
    const dialog = screen.getByRole('dialog', { name: `Withdraw the request to ${MUELLER}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
    expect(await screen.findByText(`Request to ${MUELLER} withdrawn.`)).toBeVisible();
    await waitFor(() => {
      expect(within(rowOf(table, MUELLER)).getByText('Withdrawn')).toBeVisible();
    });
    expect(latestRequestFor(MUELLER)?.status).toBe('withdrawn');
  });

  it('keeps the request when the withdraw confirmation is cancelled', async () => {
    const { table, user } = await renderPage();
    await user.click(within(rowOf(table, MUELLER)).getByRole('button', { name: /withdraw/i }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(latestRequestFor(MUELLER)?.status).toBe('pending');
  });

  it('connects again on an expired request, as system initiated, sending once on a double click', async () => {
    const { table, user } = await renderPage();
    const before = latestRequestFor(GROSSHANDEL);
    await user.dblClick(
      within(rowOf(table, GROSSHANDEL)).getByRole('button', { name: /connect/i }),
    );
    expect(await screen.findByText(`Request sent to ${GROSSHANDEL}.`)).toBeVisible();
    const after = latestRequestFor(GROSSHANDEL);
    expect(after?.status).toBe('pending');
    expect(after?.origin).toBe('suggestion');
    // One new request: attempt 2, not 3.
    expect(after?.attempt).toBe((before?.attempt ?? 0) + 1);
    await waitFor(() => {
      expect(within(rowOf(table, GROSSHANDEL)).getByText('[System initiated]')).toBeVisible();
    });
  });

  it('reports a failed Connect in a snackbar with the translated server message', async () => {
    server.use(failing('post', '/api/connection-requests'));
    const { table, user } = await renderPage();
    await user.click(within(rowOf(table, GROSSHANDEL)).getByRole('button', { name: /connect/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `${GROSSHANDEL}: The service is unavailable right now. Please try again.`,
    );
    expect(latestRequestFor(GROSSHANDEL)?.status).toBe('expired');
  });

  it('opens the accounts card of an approved customer on keyboard focus; Escape closes it', async () => {
    const { table, user } = await renderPage();
    const link = within(rowOf(table, OESTERGAARD)).getByRole('button', { name: OESTERGAARD });
    expect(link).toHaveAttribute('aria-expanded', 'false');
    act(() => {
      link.focus();
    });
    const card = await findCard(link);
    // One tooltip, not a tooltip inside MUI's Popper tooltip.
    expect(screen.getAllByRole('tooltip')).toEqual([card]);
    expect(link).toHaveAttribute('aria-expanded', 'true');
    expect(link).toHaveAccessibleDescription(new RegExp(`Accounts of ${escape(OESTERGAARD)}`));
    expect(await within(card).findAllByRole('listitem')).toHaveLength(4);
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(card).not.toBeInTheDocument();
    });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the accounts card on hover', async () => {
    const { table, user } = await renderPage();
    const link = within(rowOf(table, OESTERGAARD)).getByRole('button', { name: OESTERGAARD });
    await user.hover(link);
    const card = await findCard(link);
    expect(within(card).getByText(`Accounts of ${OESTERGAARD}`)).toBeVisible();
    expect(await within(card).findAllByRole('listitem')).toHaveLength(4);
  });

  it('shows an error inside the card when the accounts cannot be loaded', async () => {
    server.use(failing('get', '/api/customers/:id/accounts'));
    const { table, user } = await renderPage();
    const link = within(rowOf(table, OESTERGAARD)).getByRole('button', { name: OESTERGAARD });
    await user.hover(link);
    const card = await findCard(link);
    expect(await within(card).findByText(/the accounts could not be loaded/i)).toBeVisible();
  });

  it('opens the history of a customer in a side panel, loaded on demand', async () => {
    const { table, user } = await renderPage();
    await user.click(within(rowOf(table, CELIK)).getByRole('button', { name: /history/i }));
    const panel = await screen.findByRole(
      'dialog',
      { name: `History: ${CELIK}` },
      { timeout: 10_000 },
    );
    expect(await within(panel).findAllByRole('listitem')).toHaveLength(3);
    expect(within(panel).getByText('Request 1 of 3')).toBeVisible();
    expect(within(panel).getAllByText('Expired')).toHaveLength(2);
    expect(within(panel).getByText('Withdrawn')).toBeVisible();
  });

  it('reads the view from the URL, writes changes to it, and follows back/forward', async () => {
    window.history.replaceState(null, '', '/?status=rejected&sort=customer&order=asc');
    const { user } = await renderWithProviders(<ConnectionRequestsPage />);
    const table = await screen.findByRole('table', { name: 'Your requests' });
    await waitFor(() => {
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((cell) => cell.textContent),
      ).toEqual([
        'Björk Fastigheter AB',
        'Dvořák Strojírny s.r.o.',
        'Zürcher Präzisionstechnik AG',
      ]);
    });
    expect(within(table).getByRole('columnheader', { name: /customer/i })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await user.click(screen.getByRole('combobox', { name: 'Filter by status' }));
    await user.click(screen.getByRole('option', { name: 'Approved' }));
    await waitFor(() => {
      expect(within(table).getAllByRole('rowheader')).toHaveLength(2);
    });
    expect(new URLSearchParams(window.location.search).get('status')).toBe('approved');

    await user.click(within(table).getByRole('button', { name: 'Date' }));
    // Newest first is the default view, so it leaves the URL.
    expect(window.location.search).toBe('?status=approved');
    expect(within(table).getByRole('columnheader', { name: /date/i })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    act(() => {
      window.history.back();
    });
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('sort')).toBe('customer');
    });
    await waitFor(() => {
      expect(within(table).getByRole('columnheader', { name: /customer/i })).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
    });
  });

  it('falls back to defaults for invalid URL values', async () => {
    window.history.replaceState(null, '', '/?status=bogus&sort=evil&page=-1&pageSize=9999');
    const { table } = await renderPage();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(12);
    expect(within(table).getByRole('columnheader', { name: /date/i })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('filters by customer name after typing stops, in the URL', async () => {
    const { table, user } = await renderPage();
    await user.type(screen.getByRole('searchbox', { name: 'Filter by customer name' }), 'muller');
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('q')).toBe('muller');
    });
    await waitFor(() => {
      expect(within(table).getAllByRole('rowheader')).toHaveLength(2);
    });
  });

  it('pages on the server and keeps the page in the URL', async () => {
    window.history.replaceState(null, '', '/?pageSize=10');
    const { table, user } = await renderPage();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(10);
    const section = screen.getByRole('region', { name: 'Your requests' });
    await user.click(within(section).getByRole('button', { name: /next page/i }));
    await waitFor(() => {
      expect(within(table).getAllByRole('rowheader')).toHaveLength(2);
    });
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
  });

  it('fetches the next page once this one is shown, so Next page answers without waiting (issue 8)', async () => {
    window.history.replaceState(null, '', '/?pageSize=10');
    const lists: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/connection-requests')
        lists.push(url.searchParams.get('page') ?? '');
    };
    server.events.on('request:start', onRequest);
    const { table, user } = await renderPage();
    await waitFor(() => {
      expect(lists).toContain('2');
    });
    const before = lists.length;

    const section = screen.getByRole('region', { name: 'Your requests' });
    await user.click(within(section).getByRole('button', { name: /next page/i }));
    // Answered from the cache: the rows are there at once, with no new request for page 2.
    expect(within(table).getAllByRole('rowheader')).toHaveLength(2);
    expect(lists.slice(before)).not.toContain('2');
    server.events.removeListener('request:start', onRequest);
  });

  it('asks for the session, the first rows and the suggestions together (issue 8)', async () => {
    server.use(delayed('get', '/api/session', 300));
    const started: string[] = [];
    let sessionAnsweredAt = -1;
    const onStart = ({ request }: { request: Request }) => {
      started.push(new URL(request.url).pathname);
    };
    const onEnd = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname === '/api/session') sessionAnsweredAt = started.length;
    };
    server.events.on('request:start', onStart);
    server.events.on('response:mocked', onEnd);
    await renderPage();
    // All three left before the (slow) session came back.
    expect(sessionAnsweredAt).toBeGreaterThanOrEqual(3);
    expect(started.slice(0, 3).sort()).toEqual([
      '/api/connection-requests',
      '/api/session',
      '/api/suggestions',
    ]);
    server.events.removeListener('request:start', onStart);
    server.events.removeListener('response:mocked', onEnd);
  });

  it('exports every page of the current view as CSV with localized headers', async () => {
    window.history.replaceState(null, '', '/?pageSize=10');
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { user } = await renderPage({ language: 'de' });

    await user.click(screen.getByRole('button', { name: 'CSV exportieren' }));
    expect(await screen.findByText('12 Anfragen exportiert.')).toBeVisible();
    expect(click).toHaveBeenCalledOnce();
    const csv = (await blobs[0]?.text())?.replace(/^\uFEFF/, '') ?? '';
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Kunde,Status,E-Mail,Datum,Kommentare,Verbleibende Tage,Verbleibende Versuche',
    );
    expect(lines).toHaveLength(14); // header, 12 rows, and the final CRLF
    expect(csv).toContain('Müller Logistik GmbH,Ausstehend,einkauf@mueller-logistik.de,');
    expect(csv).toContain('"<b>Not</b> interested <script>alert(""x"")</script>"');
    expect(csv).toContain('Nordwind Energie AG,Ausstehend,[Vom System initiiert],');
    click.mockRestore();
  });

  it('lists customers that answered since the last visit, then remembers this visit', async () => {
    const now = getMockStore().now();
    const key = 'cr.lastVisit.sup-nordlicht';
    window.localStorage.setItem(key, new Date(now - 20 * DAY_MS).toISOString());
    const { table } = await renderPage();
    expect(
      await screen.findByText(/2 customers answered since your last visit: 1 approved, 1 rejected/),
    ).toBeVisible();
    expect(
      within(rowOf(table, 'Fabbrica Italiana Ceramiche S.p.A.')).getByText('New'),
    ).toBeVisible();
    expect(within(rowOf(table, 'Dvořák Strojírny s.r.o.')).getByText('New')).toBeVisible();
    expect(within(rowOf(table, OESTERGAARD)).queryByText('New')).toBeNull();
    expect(Date.parse(window.localStorage.getItem(key) ?? '')).toBeGreaterThan(now - DAY_MS);
  });

  it('shows the session notice about reset stored state, dismissibly', async () => {
    // What the mock store sets when it replaced corrupt stored state.
    getMockStore().notice = { code: 'state_reset', message: 'Stored state was reset.' };
    const { user } = await renderWithProviders(<ConnectionRequestsPage />);
    const notice = await screen.findByText(/your saved data could not be read/i);
    expect(notice).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByText(/your saved data could not be read/i)).toBeNull();
  });

  it('has no serious axe violations', async () => {
    await renderPage();
    const result = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } },
    });
    const serious = result.violations.filter(
      ({ impact }) => impact === 'serious' || impact === 'critical',
    );
    expect(
      serious.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });
});
