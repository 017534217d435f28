import { expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { getMockStore } from '../../../mocks/store';
import { DAY_MS, pendingRequestFor } from '../../../mocks/scenarios';
import { renderWithProviders } from '../../../tests/utils/render';
import {
  NORDWIND,
  OESTERGAARD,
  TABLE,
  describePage,
  renderPage,
  rowOf,
} from '../../../tests/utils/connections-page';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';

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

describePage(() => {
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
});
