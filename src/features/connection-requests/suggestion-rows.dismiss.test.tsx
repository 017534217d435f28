import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { server } from '../../../mocks/node';
import { customerNamed, failing } from '../../../mocks/scenarios';
import { getMockStore } from '../../../mocks/store';
import {
  closeMessage,
  expectAnnounced,
  findMessage,
  queryMessage,
} from '../../../tests/utils/feedback';
import { recordRequests } from '../../../tests/utils/mock-http';
import {
  ANGSTROEM,
  DUBOIS,
  HTML_LOOKING,
  PAPELERIA,
  renderPage,
  suggestionNames,
} from '../../../tests/utils/connections-page';

/** Whether the mock backend has dismissed the customer's suggestion for good. */
const dismissedInStore = (customerId: string) =>
  getMockStore().read((world) => world.dismissed.has(customerId));

// jsdom on a shared 2-core machine: a full render with MUI takes seconds.
describe('suggestion rows', { timeout: 30_000 }, () => {
  it('Not my customer takes the row away at once and offers Undo; the dismissal waits', async () => {
    const dismissals = recordRequests('POST', '/dismiss');
    const { user } = await renderPage();

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
    const { user, unmount } = await renderPage();

    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));
    await closeMessage(user);

    await waitFor(() => {
      expect(dismissals).toHaveLength(1);
    });
    await waitFor(() => {
      expect(dismissedInStore(customerNamed(DUBOIS).id)).toBe(true);
    });
    unmount();
    const { table } = await renderPage();
    expect(screen.queryByRole('rowheader', { name: DUBOIS })).not.toBeInTheDocument();
    expect(suggestionNames(table)).toEqual([ANGSTROEM, PAPELERIA, HTML_LOOKING]);
  });

  it('sends a held dismissal at once, with keepalive, when the page is hidden', async () => {
    const dismissals = recordRequests('POST', '/dismiss');
    const { user } = await renderPage();

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

    await renderPage();

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
    const { user } = await renderPage();

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
    const { user } = await renderPage();

    await user.click(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` }));
    await user.click(within(await findMessage()).getByRole('button', { name: 'Close' }));

    const text = `Could not dismiss ${DUBOIS}: The service is unavailable right now.`;
    expect(await findMessage()).toHaveTextContent(text);
    await expectAnnounced(text, 'alert');
    expect(await screen.findByRole('rowheader', { name: DUBOIS })).toBeVisible();
  });
});
