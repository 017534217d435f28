import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { server } from '../../../mocks/node';
import {
  customerNamed,
  failing,
  latestRequestFor,
  neverResponding,
} from '../../../mocks/scenarios';
import { closeMessage, expectAnnounced, findMessage } from '../../../tests/utils/feedback';
import { bodiesOf, recordRequests } from '../../../tests/utils/mock-http';
import {
  ANGSTROEM,
  DUBOIS,
  PAPELERIA,
  renderPage,
  rowOf,
  suggestionNames,
} from '../../../tests/utils/connections-page';

/** The customers of the requests sent so far (POST /api/connection-requests), in order. */
async function customersPosted(posts: readonly Request[]): Promise<string[]> {
  return (await bodiesOf<{ customerId: string }>(posts)).map(({ customerId }) => customerId);
}

// jsdom on a shared 2-core machine: a full render with MUI takes seconds.
describe('suggestion rows', { timeout: 30_000 }, () => {
  it('Connect sends one request with origin suggestion and no email; the row becomes Pending', async () => {
    const posts = recordRequests('POST', '/api/connection-requests');
    const { user, table } = await renderPage();

    await user.click(screen.getByRole('button', { name: `Connect with ${ANGSTROEM}` }));

    expect(await findMessage()).toHaveTextContent(`Request sent to ${ANGSTROEM}.`);
    await expectAnnounced(`Request sent to ${ANGSTROEM}.`);
    await waitFor(() => {
      expect(within(rowOf(table, ANGSTROEM)).getByText('Pending')).toBeVisible();
    });
    expect(within(rowOf(table, ANGSTROEM)).getByText('[System initiated]')).toBeVisible();
    expect(suggestionNames(table)).not.toContain(ANGSTROEM);
    expect(await customersPosted(posts)).toEqual([customerNamed(ANGSTROEM).id]);
    expect(latestRequestFor(ANGSTROEM)).toMatchObject({
      status: 'pending',
      origin: 'suggestion',
      contactEmail: null,
      attempt: 1,
    });
  });

  it('after Connect, focus moves on to the next row’s first action, never to <body>', async () => {
    const { user } = await renderPage();
    const connect = screen.getByRole('button', { name: `Connect with ${ANGSTROEM}` });
    act(() => {
      connect.focus();
    });

    await user.keyboard('{Enter}');

    await waitFor(() => {
      expect(screen.getByRole('button', { name: `Connect with ${PAPELERIA}` })).toHaveFocus();
    });
  });

  it('a double click on Connect sends once', async () => {
    const posts = recordRequests('POST', '/api/connection-requests');
    const { user, table } = await renderPage();

    await user.dblClick(screen.getByRole('button', { name: `Connect with ${PAPELERIA}` }));

    await waitFor(() => {
      expect(within(rowOf(table, PAPELERIA)).getByText('Pending')).toBeVisible();
    });
    expect(await customersPosted(posts)).toEqual([customerNamed(PAPELERIA).id]);
    expect(latestRequestFor(PAPELERIA)?.attempt).toBe(1);
  });

  it('disables the row’s controls while its request is in flight, focus resting on the row', async () => {
    server.use(neverResponding('post', '/api/connection-requests'));
    const { user } = await renderPage();
    const connect = screen.getByRole('button', { name: `Connect with ${DUBOIS}` });

    await user.click(connect);

    expect(connect).toBeDisabled();
    expect(screen.getByRole('button', { name: `Not my customer: ${DUBOIS}` })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: `Select ${DUBOIS}` })).toBeDisabled();
    expect(document.activeElement?.getAttribute('data-customer-id')).toBe(customerNamed(DUBOIS).id);
  });

  it('reports a failed Connect in a message that stays until closed, and keeps the row', async () => {
    server.use(failing('post', '/api/connection-requests', 409, 'requests_disabled'));
    const { user, table } = await renderPage();

    await user.click(screen.getByRole('button', { name: `Connect with ${DUBOIS}` }));

    const text = `Could not connect ${DUBOIS}: This customer does not accept requests from suppliers.`;
    expect(await findMessage()).toHaveTextContent(text);
    await expectAnnounced(text, 'alert');
    expect(within(rowOf(table, DUBOIS)).getByText('Suggested')).toBeVisible();
    expect(screen.getByRole('button', { name: `Connect with ${DUBOIS}` })).toHaveFocus();
    await closeMessage(user);
  });

  it('a Connect whose refresh fails still shows the row as Pending, from the answer itself', async () => {
    const { user, table } = await renderPage();
    server.use(failing('get', '/api/connection-rows'));

    await user.click(screen.getByRole('button', { name: `Connect with ${DUBOIS}` }));

    expect(await screen.findByText(/the list could not be refreshed/i)).toBeVisible();
    expect(within(rowOf(table, DUBOIS)).getByText('Pending')).toBeVisible();
    expect(screen.queryByRole('button', { name: `Connect with ${DUBOIS}` })).toBeNull();
    expect(
      within(rowOf(table, DUBOIS)).getByRole('button', {
        name: `Withdraw the request to ${DUBOIS}`,
      }),
    ).toBeEnabled();
  });

  it('speaks German', async () => {
    const { user, table } = await renderPage({ language: 'de' });

    expect(within(rowOf(table, ANGSTROEM)).getByText('Vorgeschlagen')).toBeVisible();
    expect(
      within(rowOf(table, ANGSTROEM)).getByText('Sie haben diesem Kunden Rechnungen gestellt'),
    ).toBeVisible();
    expect(
      within(rowOf(table, ANGSTROEM)).getByRole('button', { name: `Mit ${ANGSTROEM} verbinden` }),
    ).toHaveTextContent('Verbinden');
    expect(
      within(rowOf(table, ANGSTROEM)).getByRole('button', {
        name: `Nicht mein Kunde: ${ANGSTROEM}`,
      }),
    ).toHaveTextContent('Nicht mein Kunde');

    await user.click(screen.getByRole('checkbox', { name: `${ANGSTROEM} auswählen` }));
    expect(screen.getByRole('button', { name: 'Auswahl verbinden' })).toBeEnabled();
    expect(screen.getByText('1 ausgewählt')).toBeVisible();
  });

  it('has no serious accessibility violations with a suggestion selected', async () => {
    const { container, user } = await renderPage();
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
