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
  pendingRequestFor,
  withRole,
} from '../../../mocks/scenarios';
import { expectAnnounced, findMessage } from '../../../tests/utils/feedback';
import { recordNetwork } from '../../../tests/utils/mock-http';
import { renderWithProviders } from '../../../tests/utils/render';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';

const TABLE = 'Requests and suggestions';
const MUELLER = 'Müller Logistik GmbH';
const GROSSHANDEL = 'Großhandel Weiß an der Straße KG';
const CELIK = 'Çelik Yapı Sanayi A.Ş.';
const OESTERGAARD = 'Østergaard & Søn A/S';
const NORDWIND = 'Nordwind Energie AG';
const ANGSTROEM = 'Ångström Laboratories AB';
/** The default scenario's suggestions, in the portal's order. */
const SUGGESTED = [
  ANGSTROEM,
  'Papelería Núñez S.L.',
  '<img src=x onerror=alert(1)> Trading',
  'Dubois & Fils SARL',
];
/** Rows of the default scenario: 4 suggestions and the latest request to 12 customers. */
const DEFAULT_ROWS = 16;

async function renderPage(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const view = await renderWithProviders(<ConnectionRequestsRoute />, options);
  const name = options.language === 'de' ? 'Anfragen und Vorschläge' : TABLE;
  const table = await screen.findByRole('table', { name });
  await within(table).findByRole('rowheader', { name: new RegExp(MUELLER) }, { timeout: 10_000 });
  return { ...view, table };
}

function rowOf(table: HTMLElement, customer: string): HTMLElement {
  const name = new RegExp(`^${escape(customer)}$`);
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name }) !== null);
  if (!row) throw new Error(`no row for ${customer}`);
  return row;
}

const rowHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

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

/** The mock API, as a test calls it outside the UI (fails the test on an error answer). */
async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${window.location.origin}/api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as T;
}

/** Sends `count` new requests to customers without one, and has each approved at once. */
async function answerNewRequests(count: number) {
  const { world } = getMockStore();
  const fresh = world.catalogue.customers
    .filter(({ id, requestsDisabled }) => !requestsDisabled && !world.hasRequestsTo(id))
    .slice(0, count);
  expect(fresh).toHaveLength(count);
  for (const { id } of fresh) {
    const created = await api<{ id: string }>('connection-requests', {
      customerId: id,
      origin: 'suggestion',
    });
    await api('demo/respond', { requestId: created.id, decision: 'approve' });
  }
}

/** Every GET of the table's endpoint during this test, as its query string (a live list). */
function recordRowCalls() {
  const { sent } = recordNetwork(
    (request) => new URL(request.url).pathname === '/api/connection-rows',
  );
  return () => sent.map((request) => new URL(request.url).searchParams);
}

// A full page with MUI in jsdom on a shared 2-core machine: rendering alone takes seconds.
describe('ConnectionRequestsPage', { timeout: 60_000 }, () => {
  it('shows one table: a selection column, the six columns, suggestions first, then requests', async () => {
    const { table } = await renderPage();
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.slice(1).map((cell) => cell.textContent)).toEqual([
      'Customer',
      'Actions',
      'Status',
      'Email',
      'Date',
      'Comments',
    ]);
    expect(
      within(headers[0] ?? table).getByRole('checkbox', {
        name: 'Select all suggestions on this page',
      }),
    ).toBeInTheDocument();
    const names = rowHeaders(table);
    expect(names).toHaveLength(DEFAULT_ROWS);
    // The default view (newest first) puts the suggestions, which have no date, first.
    expect(names.slice(0, 4)).toEqual(SUGGESTED);
    // No second table: the suggestions are rows of this one.
    expect(screen.getAllByRole('table')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Suggested customers' })).toBeNull();

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

  it('shows a suggestion as Suggested with its reason, Connect and Not my customer, and empty cells', async () => {
    const { table } = await renderPage();
    const row = rowOf(table, ANGSTROEM);
    expect(within(row).getByText('Suggested')).toBeVisible();
    expect(within(row).getByText('You have invoiced this customer')).toBeVisible();
    expect(within(row).getByRole('button', { name: `Connect with ${ANGSTROEM}` })).toBeEnabled();
    expect(
      within(row).getByRole('button', { name: `Not my customer: ${ANGSTROEM}` }),
    ).toBeEnabled();
    expect(within(row).getByRole('checkbox', { name: `Select ${ANGSTROEM}` })).not.toBeChecked();
    // Email, Date and Comments: empty, not a placeholder and never "null".
    const cells = within(row).getAllByRole('cell');
    for (const cell of cells.slice(-3)) expect(cell).toBeEmptyDOMElement();
    expect(row).not.toHaveTextContent(/null|undefined/);
    // A name that looks like HTML is text, not markup.
    expect(within(table).getByRole('rowheader', { name: SUGGESTED[2] })).toBeVisible();
    expect(within(table).queryByRole('img')).toBeNull();
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

  it('derives each row action: Withdraw, Send again, invitation hint, no attempts left, nothing', async () => {
    const { table } = await renderPage();
    expect(within(rowOf(table, MUELLER)).getByRole('button', { name: /withdraw/i })).toBeEnabled();
    expect(
      within(rowOf(table, GROSSHANDEL)).getByRole('button', {
        name: `Send again to ${GROSSHANDEL}`,
      }),
    ).toBeEnabled();
    expect(
      within(rowOf(table, 'Kowalski Hurtownia Sp. z o.o.')).getByRole('button', {
        name: /send again/i,
      }),
    ).toBeEnabled();
    expect(
      within(rowOf(table, 'Björk Fastigheter AB')).getByText(/ask the customer for an invitation/i),
    ).toBeVisible();
    const celik = rowOf(table, CELIK);
    expect(within(celik).getByText(/no attempts left/i)).toBeVisible();
    expect(within(celik).getByText('0 of 3 attempts left')).toBeVisible();
    expect(
      within(celik).queryByRole('button', { name: /send again|withdraw|connect/i }),
    ).toBeNull();
    const approved = rowOf(table, OESTERGAARD);
    expect(within(approved).queryByRole('button', { name: /send again|withdraw/i })).toBeNull();
    expect(within(approved).queryByText(/attempts left/i)).toBeNull();
    expect(within(rowOf(table, GROSSHANDEL)).getByText('2 of 3 attempts left')).toBeVisible();
    // Only suggestions can be selected.
    expect(within(rowOf(table, MUELLER)).queryByRole('checkbox')).toBeNull();
  });

  it('renders headers, statuses and actions in German', async () => {
    const { table } = await renderPage({ language: 'de' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .slice(1)
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Kunde', 'Aktionen', 'Status', 'E-Mail', 'Datum', 'Kommentare']);
    for (const label of [
      'Vorgeschlagen',
      'Ausstehend',
      'Genehmigt',
      'Abgelaufen',
      'Abgelehnt',
      'Zurückgezogen',
    ]) {
      expect(within(table).getAllByText(label).length).toBeGreaterThan(0);
    }
    expect(
      within(rowOf(table, GROSSHANDEL)).getByRole('button', {
        name: /anfrage an .* erneut senden/i,
      }),
    ).toHaveTextContent('Erneut senden');
    expect(
      within(rowOf(table, ANGSTROEM)).getByRole('button', { name: `Mit ${ANGSTROEM} verbinden` }),
    ).toHaveTextContent('Verbinden');
    expect(
      within(rowOf(table, "Société Générale d'Équipement S.A.")).getByText('Noch 1 Tag'),
    ).toBeVisible();
  });

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
    expect(window.location.search).toBe('');
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

  it('Show brings the row of a success into view, highlights it and says so', async () => {
    const { table, user } = await renderPage();
    await user.click(screen.getByRole('button', { name: `Connect with ${ANGSTROEM}` }));
    const message = await findMessage();
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');

    await user.click(
      within(message).getByRole('button', { name: `Show ${ANGSTROEM} in the list` }),
    );

    await expectAnnounced(`${ANGSTROEM} is highlighted in the list.`);
    const row = rowOf(table, ANGSTROEM);
    expect(row).toHaveClass('cr-row-spotlight');
    expect(scrolled.mock.contexts).toContain(row);
    expect(
      within(row).getByRole('button', { name: `Withdraw the request to ${ANGSTROEM}` }),
    ).toHaveFocus();
  });

  it('Show finds a row that left the view by its name', async () => {
    window.history.replaceState(null, '', '/?status=suggested');
    const { user } = await renderWithProviders(<ConnectionRequestsRoute />);
    const table = await screen.findByRole('table', { name: TABLE });
    await within(table).findByRole('rowheader', { name: ANGSTROEM }, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: `Connect with ${ANGSTROEM}` }));
    // Now Pending, it leaves the Suggested view.
    await waitFor(() => {
      expect(within(table).queryByRole('rowheader', { name: ANGSTROEM })).toBeNull();
    });

    await user.click(
      within(await findMessage()).getByRole('button', { name: `Show ${ANGSTROEM} in the list` }),
    );

    await expectAnnounced(`${ANGSTROEM} is highlighted in the list.`);
    expect(new URLSearchParams(window.location.search).get('q')).toBe(ANGSTROEM);
    expect(new URLSearchParams(window.location.search).get('status')).toBeNull();
    expect(rowOf(table, ANGSTROEM)).toHaveClass('cr-row-spotlight');
  });

  it('withdraws a pending request after confirmation and announces it', async () => {
    const { table, user } = await renderPage();
    await user.click(within(rowOf(table, MUELLER)).getByRole('button', { name: /withdraw/i }));
    const dialog = screen.getByRole('dialog', { name: `Withdraw the request to ${MUELLER}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
    expect(await findMessage()).toHaveTextContent(`Request to ${MUELLER} withdrawn.`);
    await expectAnnounced(`Request to ${MUELLER} withdrawn.`);
    await waitFor(() => {
      expect(within(rowOf(table, MUELLER)).getByText('Withdrawn')).toBeVisible();
    });
    expect(latestRequestFor(MUELLER)?.status).toBe('withdrawn');
    // A withdrawn request with attempts left offers Send again at once, and focus is on it.
    const sendAgain = within(rowOf(table, MUELLER)).getByRole('button', {
      name: `Send again to ${MUELLER}`,
    });
    expect(sendAgain).toBeEnabled();
    await waitFor(() => {
      expect(sendAgain).toHaveFocus();
    });
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
    const { user } = await renderWithProviders(<ConnectionRequestsRoute />);
    const table = await screen.findByRole('table', { name: TABLE });
    await waitFor(() => {
      expect(rowHeaders(table)).toEqual([
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
    await user.click(screen.getByRole('option', { name: 'Suggested' }));
    await waitFor(() => {
      // The suggestions, by name (the sort is kept).
      expect(rowHeaders(table)).toEqual([...SUGGESTED].sort((a, b) => a.localeCompare(b, 'en')));
    });
    expect(new URLSearchParams(window.location.search).get('status')).toBe('suggested');

    await user.click(within(table).getByRole('button', { name: 'Date' }));
    // Newest first is the default view, so it leaves the URL.
    await waitFor(() => {
      expect(window.location.search).toBe('?status=suggested');
    });
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

  it('sorts both kinds of row by name, interleaved', async () => {
    window.history.replaceState(null, '', '/?sort=customer&order=asc');
    const { table } = await renderPage();
    const names = rowHeaders(table);
    expect(names).toHaveLength(DEFAULT_ROWS);
    expect(names.indexOf(ANGSTROEM)).toBeGreaterThan(0);
    expect(names.indexOf('Dubois & Fils SARL')).toBeGreaterThan(names.indexOf(CELIK));
    expect(names.indexOf('Dubois & Fils SARL')).toBeLessThan(
      names.indexOf('Dvořák Strojírny s.r.o.'),
    );
  });

  it('falls back to defaults for invalid URL values', async () => {
    window.history.replaceState(null, '', '/?status=bogus&sort=evil&page=-1&pageSize=9999');
    const { table } = await renderPage();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(DEFAULT_ROWS);
    expect(within(table).getByRole('columnheader', { name: /date/i })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('filters both kinds of row by customer name after typing stops, in the URL', async () => {
    const { table, user } = await renderPage();
    const filter = screen.getByRole('searchbox', { name: 'Filter by customer name' });
    await user.type(filter, 'muller');
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('q')).toBe('muller');
    });
    await waitFor(() => {
      expect(within(table).getAllByRole('rowheader')).toHaveLength(2);
    });
    await user.clear(filter);
    await user.type(filter, 'angstr');
    await waitFor(() => {
      expect(rowHeaders(table)).toEqual([ANGSTROEM]);
    });
  });

  it('pages on the server across suggestions and requests, and keeps the page in the URL', async () => {
    window.history.replaceState(null, '', '/?pageSize=10');
    const { table, user } = await renderPage();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(10);
    expect(within(table).getAllByText('Suggested')).toHaveLength(4);
    const section = screen.getByRole('region', { name: TABLE });
    expect(within(section).getByText(`1–10 of ${DEFAULT_ROWS}`)).toBeVisible();
    await user.click(within(section).getByRole('button', { name: /next page/i }));
    await waitFor(() => {
      expect(within(table).getAllByRole('rowheader')).toHaveLength(6);
    });
    expect(within(table).queryByText('Suggested')).toBeNull();
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
  });

  it('fetches the next page once this one is shown, so Next page answers without waiting', async () => {
    window.history.replaceState(null, '', '/?pageSize=10');
    const calls = recordRowCalls();
    const { table, user } = await renderPage();
    await waitFor(() => {
      expect(calls().map((params) => params.get('page'))).toContain('2');
    });
    const before = calls().length;

    const section = screen.getByRole('region', { name: TABLE });
    await user.click(within(section).getByRole('button', { name: /next page/i }));
    // Answered from the cache: the rows are there at once, with no new request for page 2.
    expect(within(table).getAllByRole('rowheader')).toHaveLength(6);
    expect(
      calls()
        .slice(before)
        .map((params) => params.get('page')),
    ).not.toContain('2');
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

  it('pages a large account through 500 suggestions and 10,000 requests as one list', async () => {
    loadScenario('large-account');
    window.history.replaceState(null, '', '/?page=20');
    const calls = recordRowCalls();
    const { user } = await renderWithProviders(<ConnectionRequestsRoute />);
    const section = await screen.findByRole('region', { name: TABLE });
    const table = within(section).getByRole('table');
    // Page 20 ends the suggestions (rows 476–500); page 21 starts the requests.
    expect(await within(section).findByText(/476–500 of 10,?500/)).toBeVisible();
    await waitFor(() => {
      expect(within(table).getAllByText('Suggested')).toHaveLength(25);
    });
    await user.click(within(section).getByRole('button', { name: /next page/i }));
    await waitFor(() => {
      expect(within(table).queryByText('Suggested')).toBeNull();
    });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(25);
    // One page at a time, never a whole list.
    for (const params of calls()) expect(Number(params.get('pageSize'))).toBeLessThanOrEqual(25);
  });

  it('exports every page of the current view as CSV, suggestions included, with localized headers', async () => {
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
    expect(await findMessage('Meldung')).toHaveTextContent(`${DEFAULT_ROWS} Zeilen exportiert.`);
    expect(click).toHaveBeenCalledOnce();
    const csv = (await blobs[0]?.text())?.replace(/^\uFEFF/, '') ?? '';
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Kunde,Status,Grund,E-Mail,Datum,Kommentare,Verbleibende Tage,Verbleibende Versuche',
    );
    expect(lines).toHaveLength(DEFAULT_ROWS + 2); // header, the rows, and the final CRLF
    expect(lines[1]).toBe(
      `${ANGSTROEM},Vorgeschlagen,Sie haben diesem Kunden Rechnungen gestellt,,,,,`,
    );
    expect(csv).toContain('Müller Logistik GmbH,Ausstehend,,einkauf@mueller-logistik.de,');
    expect(csv).toContain('"<b>Not</b> interested <script>alert(""x"")</script>"');
    expect(csv).toContain('Nordwind Energie AG,Ausstehend,,[Automatisch gesendet],');
    expect(csv).not.toMatch(/null|undefined/);
    click.mockRestore();
  });

  it('lists customers that answered since the last visit, then remembers this visit', async () => {
    const now = getMockStore().now();
    const key = 'cr.lastVisit.sup-nordlicht';
    window.localStorage.setItem(key, new Date(now - 20 * DAY_MS).toISOString());
    const { table } = await renderPage();
    // Each outcome with its names; a full stop after a name that ends with one is not doubled.
    expect(
      await screen.findByText(
        'Since your last visit, 2 customers answered. Approved: Fabbrica Italiana Ceramiche S.p.A. Rejected: Dvořák Strojírny s.r.o.',
      ),
    ).toBeVisible();
    await waitFor(() => {
      expect(
        within(rowOf(table, 'Fabbrica Italiana Ceramiche S.p.A.')).getByText('New'),
      ).toBeVisible();
    });
    expect(within(rowOf(table, 'Dvořák Strojírny s.r.o.')).getByText('New')).toBeVisible();
    expect(within(rowOf(table, OESTERGAARD)).queryByText('New')).toBeNull();
    expect(Date.parse(window.localStorage.getItem(key) ?? '')).toBeGreaterThan(now - DAY_MS);
  });

  it('reads every page of the answers since the last visit, not just the first 100', async () => {
    const now = getMockStore().now();
    window.localStorage.setItem(
      'cr.lastVisit.sup-nordlicht',
      new Date(now - 20 * DAY_MS).toISOString(),
    );
    await answerNewRequests(101);
    await renderWithProviders(<ConnectionRequestsRoute />);
    // The default scenario's 2 answers of the last 20 days, and the 101 new approvals.
    const alert = await screen.findByText(/Since your last visit, 103 customers answered\./);
    // Ten names per outcome, then how many more.
    expect(alert).toHaveTextContent(
      /Approved: .+ and 92 more\. Rejected: Dvořák Strojírny s\.r\.o\.$/,
    );
  });

  it('reports an answer to a request older than the 100 most recently sent answered ones', async () => {
    // 101 requests sent (and answered) after Nordwind's pending one, which was sent 10 days ago.
    await answerNewRequests(101);
    type Page = { items: { customerName: string }[] };
    const recent = await api<Page>(
      'connection-requests?status=approved,rejected&sort=sentAt&order=desc&pageSize=100',
    );
    expect(recent.items.map(({ customerName }) => customerName)).not.toContain(NORDWIND);
    // The last visit was after those answers; a day later the customer answers Nordwind's.
    const session = await api<{ supplier: { id: string }; serverTime: string }>('session');
    window.localStorage.setItem(
      `cr.lastVisit.${session.supplier.id}`,
      new Date(Date.parse(session.serverTime) + 60 * 60 * 1000).toISOString(),
    );
    await api('demo/clock', { advanceDays: 1 });
    await api('demo/respond', { requestId: pendingRequestFor(NORDWIND), decision: 'reject' });

    window.history.replaceState(null, '', '/?q=nordwind');
    await renderWithProviders(<ConnectionRequestsRoute />);
    // No zero counts: nothing was approved, so approvals are not mentioned.
    expect(
      await screen.findByText(`Since your last visit, 1 customer answered. Rejected: ${NORDWIND}.`),
    ).toBeVisible();
    const table = screen.getByRole('table', { name: TABLE });
    await waitFor(() => {
      expect(within(rowOf(table, NORDWIND)).getByText('New')).toBeVisible();
    });
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
