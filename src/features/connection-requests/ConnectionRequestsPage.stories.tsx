import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DAY_MS, delayed, failing, neverResponding } from '../../../mocks/scenarios';
import { ConnectionRequestsPage } from './ConnectionRequestsPage';

/**
 * Setup > Connection Requests as a user meets it: the container against the app's own mock
 * backend, one scenario per story. The table's view lives in the URL (`parameters.urlQuery`).
 */
const meta = {
  title: 'Connection requests/Page',
  component: ConnectionRequestsPage,
} satisfies Meta<typeof ConnectionRequestsPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The requests table, once the first page has arrived. */
async function requestsTable(canvasElement: HTMLElement, name = 'Your requests') {
  const canvas = within(canvasElement);
  const table = await canvas.findByRole('table', { name });
  await within(table).findAllByRole('rowheader', {});
  return within(table);
}

type Queries = Awaited<ReturnType<typeof requestsTable>>;

function rowOf(table: Queries, customer: string) {
  const row = table.getByRole('rowheader', { name: customer }).closest('tr');
  if (row === null) throw new Error(`No row for ${customer}`);
  return within(row);
}

/** The default scenario: suggestions, a dozen customers in every status, the Search button. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const table = await requestsTable(canvasElement);
    await expect(rowOf(table, 'Müller Logistik GmbH').getByText('Pending')).toBeVisible();
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

/** A new supplier: suggestions only, no requests yet. */
export const NewSupplier: Story = {
  parameters: { scenario: { name: 'new-supplier' } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/you have not sent any connection requests yet/i),
    ).toBeVisible();
  },
};

/** 10,000 requests and 500 suggestions: server-side paging keeps it quick. */
export const LargeAccount: Story = {
  parameters: { scenario: { name: 'large-account' } },
  play: async ({ canvasElement }) => {
    await requestsTable(canvasElement);
    await expect(within(canvasElement).getByText(/1–25 of 10,?000/)).toBeVisible();
  },
};

/** A shared link filtered to rejected requests. */
export const FilteredRejected: Story = {
  parameters: { urlQuery: { status: 'rejected' } },
  play: async ({ canvasElement }) => {
    const table = await requestsTable(canvasElement);
    await expect(table.getAllByText('Rejected')).toHaveLength(3);
    await expect(table.queryByText('Pending')).not.toBeInTheDocument();
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

export const RequestsLoading: Story = {
  parameters: { msw: [neverResponding('get', '/api/connection-requests')] },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole('table', { name: 'Your requests' });
    await expect(table).toHaveAttribute('aria-busy', 'true');
  },
};

export const RequestsServerError: Story = {
  parameters: { msw: [failing('get', '/api/connection-requests')] },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/the requests could not be loaded/i),
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
    await expect(
      await within(canvasElement).findByText(/answered since your last visit/),
    ).toBeVisible();
  },
};

/** Key flow: withdraw a pending request (R12); the row turns Withdrawn and offers Connect. */
export const Withdraw: Story = {
  play: async ({ canvasElement }) => {
    const table = await requestsTable(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(
      table.getByRole('button', { name: 'Withdraw the request to Müller Logistik GmbH' }),
    );
    const dialog = within(await body.findByRole('dialog'));
    await userEvent.click(dialog.getByRole('button', { name: 'Withdraw' }));
    // The confirmation snackbar fades in.
    await waitFor(() =>
      expect(body.getByText('Request to Müller Logistik GmbH withdrawn.')).toBeVisible(),
    );
    await waitFor(() =>
      expect(rowOf(table, 'Müller Logistik GmbH').getByText('Withdrawn')).toBeVisible(),
    );
    await expect(
      rowOf(table, 'Müller Logistik GmbH').getByRole('button', {
        name: 'Connect with Müller Logistik GmbH again',
      }),
    ).toBeVisible();
  },
};

/** Connect again on an expired row: a new, system-initiated pending request. */
export const ConnectAgain: Story = {
  play: async ({ canvasElement }) => {
    const table = await requestsTable(canvasElement);
    const customer = 'Großhandel Weiß an der Straße KG';
    await userEvent.click(table.getByRole('button', { name: `Connect with ${customer} again` }));
    await waitFor(() => expect(rowOf(table, customer).getByText('Pending')).toBeVisible());
    await expect(rowOf(table, customer).getByText('[System initiated]')).toBeVisible();
  },
};

/** Key flow: the hover card by keyboard, with the accounts loaded from the server. */
export const HoverCardByKeyboard: Story = {
  parameters: { msw: [delayed('get', '/api/customers/:id/accounts', 300)] },
  play: async ({ canvasElement }) => {
    const table = await requestsTable(canvasElement);
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
    await requestsTable(canvasElement);
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
    const table = await requestsTable(canvasElement);
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
    const table = await requestsTable(canvasElement, 'Ihre Anfragen');
    for (const column of ['Kunde', 'Aktionen', 'Status', 'E-Mail', 'Datum', 'Kommentare']) {
      await expect(table.getByRole('columnheader', { name: column })).toBeVisible();
    }
    await expect(rowOf(table, 'Müller Logistik GmbH').getByText('Ausstehend')).toBeVisible();
  },
};
