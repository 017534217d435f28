import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DAY_MS, failing, neverResponding } from '../../../mocks/scenarios';
import { ConnectionRequestsRoute } from '../../app/connection-requests-route';
import { connectionsTable, rowOf, shownMessage } from './connection-requests-page.story-helpers';

/**
 * Setup > Connection Requests as a user meets it, with the search composed in as the app does:
 * the container against the app's own mock backend, one scenario per story. The table's view
 * lives in the URL (`parameters.urlQuery`). Here the page in each state; its key flows are in
 * connection-requests-page.flows.stories.tsx.
 */
const meta = {
  title: 'Connection requests/Page',
  component: ConnectionRequestsRoute,
} satisfies Meta<typeof ConnectionRequestsRoute>;

export default meta;
type Story = StoryObj<typeof meta>;

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
