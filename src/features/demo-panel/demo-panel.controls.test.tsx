import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { server } from '../../../mocks/node';
import { failing, neverResponding, withSearchesUsed } from '../../../mocks/scenarios';
import { getSession } from '../../app/session';
import { MUELLER } from '../../../tests/utils/connections-page';
import {
  SOCIETE,
  expectAnnounced,
  openPanel,
  pageRow,
  prepareDemoPanelTests,
} from '../../../tests/utils/demo-panel';

prepareDemoPanelTests();

describe('Clock', () => {
  it('shows the server date, and +30 days expires the 29-day-old request at once', async () => {
    const { user, panel } = await openPanel();
    expect(await within(panel).findByText(/^Server date: /)).toBeInTheDocument();
    expect(
      within(panel).getByText('The clock runs in real time (not moved forward).'),
    ).toBeVisible();
    expect(await screen.findByText(`${SOCIETE}: pending`)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Advance the clock by 30 days' }));

    await waitFor(() => expect(pageRow(SOCIETE)).toHaveTextContent(`${SOCIETE}: expired`));
    expect(await within(panel).findByText('Moved forward by 30 days')).toBeInTheDocument();
  });

  it('+1 day is enough for the 29-day-old request (R2 boundary)', async () => {
    const { user, panel } = await openPanel();
    await user.click(
      await within(panel).findByRole('button', { name: 'Advance the clock by 1 day' }),
    );
    await waitFor(() => expect(pageRow(SOCIETE)).toHaveTextContent(`${SOCIETE}: expired`));
    expect(within(panel).getByText('Moved forward by 1 day')).toBeInTheDocument();
  });

  it('advances by a typed number of days and refuses one out of range', async () => {
    const { user, panel } = await openPanel();
    const days = await within(panel).findByRole('spinbutton', { name: 'Days' });
    const advance = within(panel).getByRole('button', { name: 'Advance' });

    await user.type(days, '0');
    expect(within(panel).getByText('Enter a whole number from 1 to 3650.')).toBeInTheDocument();
    expect(advance).toBeDisabled();

    await user.clear(days);
    await user.type(days, '12');
    await user.click(advance);
    expect(await within(panel).findByText('Moved forward by 12 days')).toBeInTheDocument();
  });

  it('disables the clock buttons while the call runs', async () => {
    server.use(neverResponding('post', '/api/demo/clock'));
    const { user, panel } = await openPanel();
    const plusSeven = await within(panel).findByRole('button', {
      name: 'Advance the clock by 7 days',
    });
    await user.click(plusSeven);
    expect(plusSeven).toBeDisabled();
    expect(
      within(panel).getByRole('button', { name: 'Advance the clock by 1 day' }),
    ).toBeDisabled();
  });
});

describe('Scenario', () => {
  it('loads the new-supplier scenario: the page list empties', async () => {
    const { user, panel } = await openPanel();
    expect(await screen.findByText(`${MUELLER}: pending`)).toBeInTheDocument();

    await user.click(await within(panel).findByRole('combobox', { name: 'Scenario' }));
    await user.click(await screen.findByRole('option', { name: 'New supplier' }));
    await user.click(within(panel).getByRole('button', { name: 'Load' }));

    expect(await within(panel).findByText('Current scenario: New supplier')).toBeInTheDocument();
    expect(await screen.findByText('Rows: 0')).toBeInTheDocument();
  });
});

describe('Role', () => {
  it('switches the session to a member, and back to an administrator', async () => {
    const { user, panel } = await openPanel();
    expect(await screen.findByText('Role: admin')).toBeInTheDocument();
    const group = await within(panel).findByRole('radiogroup', { name: "Current user's role" });
    expect(within(group).getByRole('radio', { name: 'Administrator' })).toBeChecked();

    await user.click(within(group).getByRole('radio', { name: 'Member' }));

    expect(await screen.findByText('Role: member')).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'Member' })).toBeChecked();
    expect(await screen.findByText('Rows: error')).toBeInTheDocument();

    await user.click(within(group).getByRole('radio', { name: 'Administrator' }));
    expect(await screen.findByText('Role: admin')).toBeInTheDocument();
  });
});

describe('Merge duplicate account', () => {
  it('merges, shows what R10 did by group with names, and cannot merge twice', async () => {
    const { user, panel } = await openPanel();
    const mergeButton = await within(panel).findByRole('button', {
      name: 'Merge duplicate account',
    });
    await user.click(mergeButton);

    const box = await within(panel).findByRole('region', { name: 'What the merge did' });
    expect(within(box).getByRole('heading', { name: /^Kept: \d+$/ })).toBeInTheDocument();
    expect(
      within(box).getByRole('heading', { name: /^Added from the duplicate: \d+$/ }),
    ).toBeInTheDocument();
    expect(within(box).getByRole('heading', { name: 'Consolidated: 2' })).toBeInTheDocument();
    expect(within(box).getByRole('heading', { name: /^Removed: \d+$/ })).toBeInTheDocument();
    expect(within(box).getByText('Nordwind Energie AG (Pending)')).toBeInTheDocument();
    expect(within(box).getByText(`${MUELLER} (Approved)`)).toBeInTheDocument();

    // The page list follows R10: Müller Logistik was approved in the duplicate account.
    await waitFor(() => expect(pageRow(MUELLER)).toHaveTextContent(`${MUELLER}: approved`));
    await waitFor(() => expect(mergeButton).toBeDisabled());
    expect(within(panel).getByText('There is no duplicate account left to merge.')).toBeVisible();
  });
});

describe('Support', () => {
  it('shows the searches remaining and resets them', async () => {
    withSearchesUsed(4);
    const { user, panel } = await openPanel();
    expect(await within(panel).findByText('Searches remaining: 1 of 5')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Reset search attempts' }));

    expect(await within(panel).findByText('Searches remaining: 5 of 5')).toBeInTheDocument();
    await expectAnnounced('status', 'Search attempts reset: 5 of 5 remaining.');
  });

  it('translates a failure and announces it as an alert', async () => {
    server.use(failing('post', '/api/demo/reset-searches', 503));
    const { user, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: 'Reset search attempts' }));
    await expectAnnounced('alert', 'The service is unavailable right now. Please try again.');
  });
});

describe('Faults', () => {
  it('applies a 100 % failure rate: other calls fail with 503 and the Demo button says so', async () => {
    const { user, panel, store } = await openPanel();
    expect(await within(panel).findByText('No faults: the server answers normally.')).toBeVisible();
    const rate = within(panel).getByRole('spinbutton', { name: 'Failure rate (%)' });
    await user.clear(rate);
    await user.type(rate, '100');
    await user.click(within(panel).getByRole('button', { name: 'Apply' }));

    expect(
      await within(panel).findByText(/Faults are active: .* 100% of calls fail\./),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Demo (faults active)', hidden: true }),
    ).toBeInTheDocument();
    const session = await store.dispatch(getSession.initiate(undefined, { forceRefetch: true }));
    expect(session.error).toMatchObject({ status: 503, code: 'service_unavailable' });

    await user.click(within(panel).getByRole('button', { name: 'Clear faults' }));
    expect(await within(panel).findByText('No faults: the server answers normally.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Demo', hidden: true })).toBeInTheDocument();
  });

  it('refuses a failure rate above 100 %', async () => {
    const { user, panel } = await openPanel();
    const rate = await within(panel).findByRole('spinbutton', { name: 'Failure rate (%)' });
    await user.clear(rate);
    await user.type(rate, '150');
    expect(within(panel).getByText('Enter a number from 0 to 100.')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Apply' })).toBeDisabled();
  });
});
