import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { http, HttpResponse } from 'msw';
import { customerNamed, delayed } from '../../../mocks/scenarios';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';
import pageStories from './connection-requests-page.stories';
import {
  bodyOf,
  connectionsTable,
  rowOf,
  shownMessage,
  type Queries,
} from './connection-requests-page.story-helpers';

/**
 * The page's key flows, played through against the app's own mock backend as in
 * connection-requests-page.stories.tsx (the page in each state): connect, dismiss, send again,
 * withdraw, the hover card and the search, with the feedback a success gives.
 */
const meta = {
  ...pageStories,
  title: 'Connection requests/Page flows',
} satisfies Meta<typeof ConnectionRequestsRoute>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens Send again on the customer's row: its form is a lazy chunk, slow to come the first time. */
async function openSendAgain(canvasElement: HTMLElement, table: Queries, customer: string) {
  await userEvent.click(table.getByRole('button', { name: `Send again to ${customer}` }));
  return within(
    await bodyOf(canvasElement).findByRole(
      'dialog',
      { name: `Send again to ${customer}` },
      { timeout: 10_000 },
    ),
  );
}

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

/** Key flow: Send again with the last contact filled in (captcha and confirmation asked for). */
export const SendAgainWithEmail: Story = {
  play: async ({ canvasElement }) => {
    const table = await connectionsTable(canvasElement);
    const customer = 'Großhandel Weiß an der Straße KG';
    const dialog = await openSendAgain(canvasElement, table, customer);
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
    const dialog = await openSendAgain(canvasElement, table, customer);
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
