import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import {
  latestRequestFor,
  pendingRequestFor,
  withFaults,
  withRole,
} from '../../../mocks/scenarios';
import { recordRequests } from '../../../tests/utils/mock-http';
import { renderWithProviders } from '../../../tests/utils/render';
import { MUELLER } from '../../../tests/utils/connections-page';
import {
  expectAnnounced,
  openPanel,
  pageRow,
  prepareDemoPanelTests,
} from '../../../tests/utils/demo-panel';
import { demoApi } from './api';

prepareDemoPanelTests();

describe('Act as the customer', () => {
  it('approving a pending request makes the page list show it approved, without a reload', async () => {
    const { user, panel } = await openPanel();
    expect(await screen.findByText(`${MUELLER}: pending`)).toBeInTheDocument();

    await user.click(await within(panel).findByRole('button', { name: `Approve ${MUELLER}` }));

    await expectAnnounced('status', `${MUELLER} approved the request.`);
    await waitFor(() => expect(pageRow(MUELLER)).toHaveTextContent(`${MUELLER}: approved`));
    await waitFor(() =>
      expect(
        within(panel).queryByRole('button', { name: `Approve ${MUELLER}` }),
      ).not.toBeInTheDocument(),
    );
    expect(latestRequestFor(MUELLER)?.status).toBe('approved');
  });

  it('rejects with a 500-character comment, counted, and the page shows it rejected', async () => {
    const { user, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: `Reject ${MUELLER}` }));
    const comment = within(panel).getByRole('textbox', { name: 'Comment (optional)' });
    expect(comment).toHaveFocus();
    expect(within(panel).getByText('0/500')).toBeInTheDocument();

    const text = 'a'.repeat(499) + 'z';
    await user.paste(text);
    expect(within(panel).getByText('500/500')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Send rejection' }));

    await waitFor(() => expect(pageRow(MUELLER)).toHaveTextContent(`${MUELLER}: rejected`));
    expect(latestRequestFor(MUELLER)?.comment).toBe(text);
  });

  it('blocks a 501-character comment with an error, and sends nothing', async () => {
    const { user, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: `Reject ${MUELLER}` }));
    await user.paste('b'.repeat(501));

    const comment = within(panel).getByRole('textbox', { name: 'Comment (optional)' });
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(within(panel).getByText('At most 500 characters (501/500).')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Send rejection' })).toBeDisabled();
    await user.keyboard('{Enter}'); // a newline in the multiline field, never a submit
    expect(latestRequestFor(MUELLER)?.status).toBe('pending');
  });

  it('the server also refuses a 501-character comment', async () => {
    const { store } = await renderWithProviders(<p>no UI</p>);
    const result = await store.dispatch(
      demoApi.endpoints.demoRespond.initiate({
        requestId: pendingRequestFor(MUELLER),
        decision: 'reject',
        comment: 'c'.repeat(501),
      }),
    );
    expect(result.error).toMatchObject({ status: 422 });
    expect(latestRequestFor(MUELLER)?.status).toBe('pending');
  });

  it('works as a member: the pending requests come with the demo state, which ignores the role', async () => {
    withRole('member');
    const { user, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: `Approve ${MUELLER}` }));
    await expectAnnounced('status', `${MUELLER} approved the request.`);
    expect(latestRequestFor(MUELLER)?.status).toBe('approved');
  });

  it('works with every call failing: no list call, the demo state and respond ignore the faults', async () => {
    withFaults({ latencyMs: 0, failureRate: 1 });
    const lists = recordRequests('GET', '/api/connection-requests');
    const { user, panel } = await openPanel();
    expect(await within(panel).findByText(/^\d+ pending requests$/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: `Reject ${MUELLER}` }));
    await user.click(within(panel).getByRole('button', { name: 'Send rejection' }));
    await expectAnnounced('status', `${MUELLER} rejected the request.`);
    expect(latestRequestFor(MUELLER)?.status).toBe('rejected');
    await waitFor(() =>
      expect(
        within(panel).queryByRole('button', { name: `Reject ${MUELLER}` }),
      ).not.toBeInTheDocument(),
    );
    // Only the page probe asked for the list (and failed); the panel never did.
    expect(lists.every(({ url }) => !url.includes('status=pending'))).toBe(true);
  });
});
