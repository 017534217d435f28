import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { failing, neverResponding } from '../../../mocks/scenarios';
import { SuggestionsPanel } from '.';

/** The container against the app's own mock backend, one scenario per story. */
const meta = {
  title: 'Suggestions/SuggestionsPanel',
  component: SuggestionsPanel,
} satisfies Meta<typeof SuggestionsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('cell', { name: 'You have invoiced this customer' }),
    ).toBeVisible();
  },
};

/** Key flow: Connect sends a request at once; the suggestion leaves the list and it is announced. */
export const ConnectSuggestion: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Connect Ångström Laboratories AB' }),
    );
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        'Request sent to Ångström Laboratories AB. It is now pending.',
      ),
    );
    await waitFor(() =>
      expect(
        canvas.queryByRole('rowheader', { name: 'Ångström Laboratories AB' }),
      ).not.toBeInTheDocument(),
    );
  },
};

/** Key flow: tick two suggestions, Connect selected, and both are sent. */
export const BulkConnect: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('checkbox', { name: 'Select Ångström Laboratories AB' }),
    );
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select Dubois & Fils SARL' }));
    await expect(canvas.getByText('2 selected')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Connect selected' }));
    // The summary stays on screen and the live region announces it.
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('2 requests sent.'));
    await expect(canvas.getAllByText('2 requests sent.')).toHaveLength(2);
  },
};

export const NewSupplier: Story = {
  parameters: { scenario: { name: 'new-supplier' } },
};

export const LargeAccount: Story = {
  parameters: { scenario: { name: 'large-account' } },
};

export const Loading: Story = {
  parameters: { msw: [neverResponding('get', '/api/suggestions')] },
};

export const ServerError: Story = {
  parameters: { msw: [failing('get', '/api/suggestions')] },
};

export const Empty: Story = {
  parameters: {
    msw: [
      http.get('*/api/suggestions', () =>
        HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 10 }),
      ),
    ],
  },
};

export const BulkConnectWithOneFailure: Story = {
  parameters: {
    msw: [
      http.post('*/api/connection-requests', async ({ request }) => {
        const body = (await request.clone().json()) as { customerId: string };
        if (body.customerId !== 'cust-dubois-fils') return undefined;
        return HttpResponse.json(
          { error: { code: 'requests_disabled', message: 'Requests disabled.' } },
          { status: 409 },
        );
      }),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The select-all box is disabled until the first page has loaded.
    await canvas.findByRole('rowheader', { name: 'Dubois & Fils SARL' });
    await userEvent.click(
      canvas.getByRole('checkbox', { name: 'Select all suggestions on this page' }),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Connect selected' }));
    await waitFor(() =>
      expect(canvas.getByText(/Dubois & Fils SARL: This customer does not accept/)).toBeVisible(),
    );
  },
};

export const German: Story = {
  globals: { locale: 'de' },
};
