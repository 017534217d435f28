import { expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { server } from '../../../mocks/node';
import { failing, latestRequestFor } from '../../../mocks/scenarios';
import { expectAnnounced, findMessage } from '../../../tests/utils/feedback';
import { renderWithProviders } from '../../../tests/utils/render';
import {
  ANGSTROEM,
  CELIK,
  DEFAULT_ROWS,
  MUELLER,
  OESTERGAARD,
  TABLE,
  escapeRegExp,
  describePage,
  renderPage,
  rowOf,
} from '../../../tests/utils/connections-page';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';

/** The hover card the link describes (other tooltips may be open elsewhere on the page). */
async function findCard(link: HTMLElement): Promise<HTMLElement> {
  return waitFor(() => {
    const id = link.getAttribute('aria-describedby');
    const card = screen.queryAllByRole('tooltip').find((tooltip) => tooltip.id === id);
    if (card === undefined) throw new Error('card not open');
    return card;
  });
}

describePage(() => {
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
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('q')).toBe(ANGSTROEM);
    });
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
    expect(link).toHaveAccessibleDescription(
      new RegExp(`Accounts of ${escapeRegExp(OESTERGAARD)}`),
    );
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
});
