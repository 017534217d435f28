import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { http, HttpResponse } from 'msw';
import { DAY_MS, customerNamed, delayed, failing, neverResponding } from '../../../mocks/scenarios';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';

/**
 * Setup > Connection Requests as a user meets it, with the search composed in as the app does:
 * the container against the app's own mock backend, one scenario per story. The table's view
 * lives in the URL (`parameters.urlQuery`).
 */
const meta = {
  title: 'Connection requests/Page',
  component: ConnectionRequestsRoute,
} satisfies Meta<typeof ConnectionRequestsRoute>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The one table, once the first page has arrived. */
async function connectionsTable(canvasElement: HTMLElement, name = 'Requests and suggestions') {
  const canvas = within(canvasElement);
  const table = await canvas.findByRole('table', { name });
  await within(table).findAllByRole('rowheader', {});
  return within(table);
}

type Queries = Awaited<ReturnType<typeof connectionsTable>>;

function rowOf(table: Queries, customer: string) {
  const row = table.getByRole('rowheader', { name: customer }).closest('tr');
  if (row === null) throw new Error(`No row for ${customer}`);
  return within(row);
}

const bodyOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** The page's one message, once it has grown in. */
async function shownMessage(canvasElement: HTMLElement) {
  const message = await within(canvasElement).findByRole('region', { name: 'Message' });
  await waitFor(() => expect(message).toBeVisible());
  return within(message);
}

/**
 * The default scenario: one table — the four suggestions first (Suggested, why, Connect, Not my
 * customer), then a dozen customers in every status — and the Search button under it.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    await expect(rowOf(table, 'Ångström Laboratories AB').getByText('Suggested')).toBeVisible();
    await expect(rowOf(table, 'Müller Logistik GmbH').getByText('Pending')).toBeVisible();
    await expect(within(canvasElement).getAllByRole('table')).toHaveLength(1);
    await expect(within(canvasElement).getByRole('button', { name: 'Search' })).toBeVisible();
  },
};

/** R1: a member gets an explanation instead of the table. */
export const Member: Story = {
  parameters: { scenario: { name: 'member' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('Only administrators can manage connection requests'),
    ).toBeVisible();
    await expect(canvas.queryByRole('table')).not.toBeInTheDocument();
  },
};

/** A new supplier: suggestions only, each ready to connect. */
export const NewSupplier: Story = {
  parameters: { scenario: { name: 'new-supplier' } },
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    await expect(table.getAllByText('Suggested')).toHaveLength(6);
  },
};

/** 10,000 requests and 500 suggestions as one list, paged on the server 25 rows at a time. */
export const LargeAccount: Story = {
  parameters: { scenario: { name: 'large-account' } },
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    await expect(within(canvasElement).getByText(/1–25 of 10,?500/)).toBeVisible();
    await expect(table.getAllByText('Suggested')).toHaveLength(25);
  },
};

/** A shared link filtered to the suggestions. */
export const FilteredSuggested: Story = {
  parameters: { urlQuery: { status: 'suggested' } },
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    await expect(table.getAllByText('Suggested')).toHaveLength(4);
    await expect(table.queryByText('Pending')).not.toBeInTheDocument();
  },
};

/** A shared link filtered to rejected requests. */
export const FilteredRejected: Story = {
  parameters: { urlQuery: { status: 'rejected' } },
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    await expect(table.getAllByText('Rejected')).toHaveLength(3);
    await expect(table.queryByText('Suggested')).not.toBeInTheDocument();
  },
};

export const SessionLoading: Story = {
  parameters: { msw: [neverResponding('get', '/api/session')] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading your session…')).toBeVisible();
  },
};

export const SessionError: Story = {
  parameters: { msw: [failing('get', '/api/session')] },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/your session could not be loaded/i),
    ).toBeVisible();
  },
};

export const RowsLoading: Story = {
  parameters: { msw: [neverResponding('get', '/api/connection-rows')] },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole('table', {
      name: 'Requests and suggestions',
    });
    await expect(table).toHaveAttribute('aria-busy', 'true');
  },
};

export const RowsServerError: Story = {
  parameters: { msw: [failing('get', '/api/connection-rows')] },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/the requests and suggestions could not be loaded/i),
    ).toBeVisible();
  },
};

/** Answers that came in since the last visit (20 days ago) are summed up and badged. */
export const AnsweredSinceLastVisit: Story = {
  beforeEach: () => {
    const lastVisit = new Date(Date.now() - 20 * DAY_MS).toISOString();
    window.localStorage.setItem('cr.lastVisit.sup-nordlicht', lastVisit);
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/^Since your last visit/)).toBeVisible();
  },
};

/** Key flow: Connect on a suggestion row; the row becomes a system-initiated pending request. */
export const ConnectSuggestion: Story = {
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    const customer = 'Ångström Laboratories AB';
    await userEvent.click(table.getByRole('button', { name: `Connect with ${customer}` }));
    await waitFor(() => expect(rowOf(table, customer).getByText('Pending')).toBeVisible());
    await expect(rowOf(table, customer).getByText('[System initiated]')).toBeVisible();
  },
};

/**
 * Key flow: Connect selected with one failure — each suggestion is its own request, and the
 * one that failed is named, still selected for another try.
 */
export const BulkConnectWithFailure: Story = {
  parameters: {
    msw: [
      http.post('*/api/connection-requests', async ({ request }) => {
        const body = (await request.clone().json()) as { customerId: string };
        if (body.customerId !== customerNamed('Dubois & Fils SARL').id) return undefined;
        return HttpResponse.json(
          { error: { code: 'requests_disabled', message: 'Requests disabled.' } },
          { status: 409 },
        );
      }),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await connectionsTable(canvasElement);
    await userEvent.click(
      canvas.getByRole('checkbox', { name: 'Select all suggestions on this page' }),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Connect selected' }));
    const message = await shownMessage(canvasElement);
    await expect(message.getByText(/^3 requests sent\./)).toBeVisible();
    await expect(
      message.getByText(/^Dubois & Fils SARL: This customer does not accept requests/),
    ).toBeVisible();
    await waitFor(() =>
      expect(canvas.getByRole('checkbox', { name: 'Select Dubois & Fils SARL' })).toBeChecked(),
    );
  },
};

/**
 * Not my customer: the row goes at once and the message offers Undo; the dismissal is sent only
 * when the message goes. Undo brings the row back, focus on it.
 */
export const DismissWithUndo: Story = {
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    await userEvent.click(
      table.getByRole('button', { name: 'Not my customer: Dubois & Fils SARL' }),
    );
    await expect(table.queryByRole('rowheader', { name: 'Dubois & Fils SARL' })).toBeNull();
    const message = await shownMessage(canvasElement);
    await expect(message.getByText('Dubois & Fils SARL is no longer suggested.')).toBeVisible();
    await userEvent.click(
      message.getByRole('button', { name: 'Undo: suggest Dubois & Fils SARL again' }),
    );
    await expect(await table.findByRole('rowheader', { name: 'Dubois & Fils SARL' })).toBeVisible();
    await waitFor(() =>
      expect(table.getByRole('button', { name: 'Connect with Dubois & Fils SARL' })).toHaveFocus(),
    );
  },
};

/** A success names the customer and offers Show: the row comes into view, highlighted. */
export const FeedbackSuccessWithShow: Story = {
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    const customer = 'Ångström Laboratories AB';
    await userEvent.click(table.getByRole('button', { name: `Connect with ${customer}` }));
    const message = await shownMessage(canvasElement);
    await expect(message.getByText(`Request sent to ${customer}.`)).toBeVisible();
    await userEvent.click(message.getByRole('button', { name: `Show ${customer} in the list` }));
    await waitFor(() =>
      expect(table.getByRole('rowheader', { name: customer }).closest('tr')).toHaveClass(
        'cr-row-spotlight',
      ),
    );
    await waitFor(() =>
      expect(
        table.getByRole('button', { name: `Withdraw the request to ${customer}` }),
      ).toHaveFocus(),
    );
  },
};

/** An action fails: the message says why, by name, and stays until it is closed. */
export const FeedbackError: Story = {
  parameters: { msw: [failing('post', '/api/connection-requests', 409, 'requests_disabled')] },
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    await userEvent.click(table.getByRole('button', { name: 'Connect with Dubois & Fils SARL' }));
    const message = await shownMessage(canvasElement);
    await expect(
      message.getByText(/^Could not connect Dubois & Fils SARL: This customer does not accept/),
    ).toBeVisible();
    await expect(message.getByRole('button', { name: 'Close' })).toBeVisible();
  },
};

/**
 * The list cannot be refreshed (every call fails): the rows on screen stay, marked as possibly
 * out of date, with Retry.
 */
export const StaleRowsWithRetry: Story = {
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    const canvas = within(canvasElement);
    await fetch('/api/demo/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ latencyMs: 0, failureRate: 1 }),
    });
    await userEvent.click(table.getByRole('button', { name: 'Customer' }));
    await expect(await canvas.findByText(/The list could not be refreshed/)).toBeVisible();
    await expect(canvas.getByRole('table')).toHaveAccessibleDescription(/may be out of date/);
    await expect(table.getAllByRole('rowheader').length).toBeGreaterThan(0);
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** A phone: the table becomes one card per row; the page never scrolls sideways. */
export const Phone: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const cards = await canvas.findByRole('list', { name: 'Requests and suggestions' });
    await expect(
      await within(cards).findByRole('heading', { name: 'Müller Logistik GmbH' }),
    ).toBeVisible();
    const doc = canvasElement.ownerDocument.documentElement;
    await expect(doc.scrollWidth).toBeLessThanOrEqual(doc.clientWidth);
  },
};

/** Key flow: Send again with the last contact filled in (captcha and confirmation asked for). */
export const SendAgainWithEmail: Story = {
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    const customer = 'Großhandel Weiß an der Straße KG';
    await userEvent.click(table.getByRole('button', { name: `Send again to ${customer}` }));
    const dialog = within(
      await bodyOf(canvasElement).findByRole(
        'dialog',
        { name: `Send again to ${customer}` },
        { timeout: 10_000 },
      ),
    );
    await expect(dialog.getByRole('textbox', { name: 'Customer contact' })).toHaveValue(
      'einkauf@grosshandel-weiss.de',
    );
    await userEvent.click(dialog.getByRole('checkbox', { name: "I'm not a robot" }));
    await userEvent.click(dialog.getByRole('checkbox', { name: /I confirm that/ }));
    await userEvent.click(dialog.getByRole('button', { name: 'Send again' }));
    await waitFor(() => expect(rowOf(table, customer).getByText('Pending')).toBeVisible());
    await expect(rowOf(table, customer).getByText('einkauf@grosshandel-weiss.de')).toBeVisible();
  },
};

/** Send again with the contact cleared: no captcha, sent as [System initiated]. */
export const SendAgainWithoutEmail: Story = {
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    const customer = 'Kowalski Hurtownia Sp. z o.o.';
    await userEvent.click(table.getByRole('button', { name: `Send again to ${customer}` }));
    const dialog = within(
      await bodyOf(canvasElement).findByRole(
        'dialog',
        { name: `Send again to ${customer}` },
        { timeout: 10_000 },
      ),
    );
    await userEvent.clear(dialog.getByRole('textbox', { name: 'Customer contact' }));
    await expect(dialog.queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Send again' }));
    await waitFor(() => expect(rowOf(table, customer).getByText('Pending')).toBeVisible());
    await expect(rowOf(table, customer).getByText('[System initiated]')).toBeVisible();
  },
};

/** Key flow: withdraw a pending request (R12); the row turns Withdrawn and offers Send again. */
export const Withdraw: Story = {
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    const body = bodyOf(canvasElement);
    await userEvent.click(
      table.getByRole('button', { name: 'Withdraw the request to Müller Logistik GmbH' }),
    );
    const dialog = within(await body.findByRole('dialog'));
    await userEvent.click(dialog.getByRole('button', { name: 'Withdraw' }));
    // The message fades in.
    const message = await shownMessage(canvasElement);
    await waitFor(() =>
      expect(message.getByText('Request to Müller Logistik GmbH withdrawn.')).toBeVisible(),
    );
    await waitFor(() =>
      expect(rowOf(table, 'Müller Logistik GmbH').getByText('Withdrawn')).toBeVisible(),
    );
    await expect(
      rowOf(table, 'Müller Logistik GmbH').getByRole('button', {
        name: 'Send again to Müller Logistik GmbH',
      }),
    ).toBeVisible();
  },
};
/** Key flow: the hover card by keyboard, with the accounts loaded from the server. */
export const HoverCardByKeyboard: Story = {
  parameters: { msw: [delayed('get', '/api/customers/:id/accounts', 300)] },
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const name = table.getByRole('button', { name: 'Østergaard & Søn A/S' });
    // Focus the last control of the row above, then Tab onto the name as a keyboard user would.
    const above = name.closest('tr')?.previousElementSibling?.querySelectorAll('button');
    above?.item(above.length - 1).focus();
    await userEvent.tab();
    await expect(name).toHaveFocus();
    await expect(await body.findByRole('status', { name: 'Loading accounts…' })).toBeVisible();
    await waitFor(() => expect(name).toHaveAccessibleDescription(/Accounts of Østergaard/));
    await userEvent.keyboard('{Escape}');
    await expect(name).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Key flow: search, request, and the new row is in the table as Pending with the email. */
export const SearchAndRequest: Story = {
  play: async ({ canvasElement }) => {
    await connectionsTable(canvasElement);
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Search' }));
    const dialog = within(await body.findByRole('dialog'));
    await userEvent.type(dialog.getByRole('textbox', { name: 'Customer name' }), 'muller{Enter}');
    await userEvent.click(await dialog.findByRole('radio', { name: /Muller Foods Ltd/ }));
    await userEvent.type(
      dialog.getByRole('textbox', { name: /Customer contact/ }),
      'purchasing@mullerfoods.co.uk',
    );
    await userEvent.click(dialog.getByRole('checkbox', { name: "I'm not a robot" }));
    await userEvent.click(dialog.getByRole('checkbox', { name: /I confirm that/ }));
    await userEvent.click(dialog.getByRole('button', { name: 'Request' }));
    await waitFor(() => expect(body.queryByRole('dialog')).not.toBeInTheDocument());
    const table = await connectionsTable(canvasElement);
    await waitFor(() =>
      expect(
        rowOf(table, 'Muller Foods Ltd').getByText('purchasing@mullerfoods.co.uk'),
      ).toBeVisible(),
    );
    await expect(rowOf(table, 'Muller Foods Ltd').getByText('Pending')).toBeVisible();
  },
};

/** SPEC §6: German terms and dates. */
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement, 'Anfragen und Vorschläge');
    for (const column of ['Kunde', 'Aktionen', 'Status', 'E-Mail', 'Datum', 'Kommentare']) {
      await expect(table.getByRole('columnheader', { name: column })).toBeVisible();
    }
    await expect(rowOf(table, 'Müller Logistik GmbH').getByText('Ausstehend')).toBeVisible();
    await expect(rowOf(table, 'Ångström Laboratories AB').getByText('Vorgeschlagen')).toBeVisible();
  },
};
