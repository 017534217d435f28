import { expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { loadScenario } from '../../../mocks/scenarios';
import { recordNetwork } from '../../../tests/utils/mock-http';
import { renderWithProviders } from '../../../tests/utils/render';
import {
  ANGSTROEM,
  CELIK,
  DEFAULT_ROWS,
  SUGGESTED,
  TABLE,
  describePage,
  renderPage,
  rowHeaders,
} from '../../../tests/utils/connections-page';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';

/** Every GET of the table's endpoint during this test, as its query string (a live list). */
function recordRowCalls() {
  const { sent } = recordNetwork(
    (request) => new URL(request.url).pathname === '/api/connection-rows',
  );
  return () => sent.map((request) => new URL(request.url).searchParams);
}

describePage(() => {
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
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('status')).toBe('suggested');
    });

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
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
    });
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
});
