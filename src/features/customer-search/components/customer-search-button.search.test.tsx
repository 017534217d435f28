import { expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { server } from '../../../../mocks/node';
import {
  delayed,
  failing,
  withSearchesUsed,
  withSearchLimitReached,
} from '../../../../mocks/scenarios';
import { recordRequests } from '../../../../tests/utils/mock-http';
import {
  describeCustomerSearch,
  fillIn,
  openDialog,
  searchFor,
} from '../../../../tests/utils/customer-search';

describeCustomerSearch(() => {
  it('searches on Enter, lists the hits as a labelled radio group with their state, and counts down', async () => {
    const opened = await openDialog();
    await searchFor(opened, 'muller');

    const group = await screen.findByRole('radiogroup', { name: '9 customers found' });
    const available = within(group).getByRole('radio', { name: /Muller Foods Ltd\s*Available/ });
    const pending = within(group).getByRole('radio', {
      name: /Müller Logistik GmbH\s*Request pending/,
    });
    expect(available).toBeEnabled();
    expect(pending).toBeDisabled();
    expect(screen.getByText('4 of 5 searches left')).toBeInTheDocument();
  });

  it('searches with the Search button too, and shows every state a customer can be in', async () => {
    const opened = await openDialog();
    const { user } = opened;
    const expectations: [string, RegExp][] = [
      ['østergaard', /Østergaard & Søn A\/S\s*Already connected/],
      ['zürcher', /Zürcher Präzisionstechnik AG\s*Rejected your request/],
      ['celik', /Çelik Yapı Sanayi A\.Ş\.\s*No attempts left/],
      ['bundesamt', /Bundesamt für Beschaffung\s*Does not accept requests/],
    ];
    for (const [query, name] of expectations) {
      await fillIn(user, screen.getByRole('textbox', { name: 'Customer name' }), query);
      await user.click(screen.getByRole('button', { name: 'Search' }));
      expect(await screen.findByRole('radio', { name })).toBeDisabled();
    }
    expect(screen.getByText('1 of 5 searches left')).toBeInTheDocument();
  });

  it.each([
    ['a', 'Enter at least 2 characters.'],
    ['   x   ', 'Enter at least 2 characters.'],
    ['x'.repeat(101), 'Enter at most 100 characters.'],
    ['😀', 'Enter at least 2 characters.'],
    ['😀😀', 'Enter a name with at least 2 letters or digits.'],
    ['\u200B\u200C\u200D', 'Enter a name with at least 2 letters or digits.'],
    ['--', 'Enter a name with at least 2 letters or digits.'],
  ])('explains the invalid query %j on the field and never sends it', async (query, message) => {
    const searches = recordRequests('GET', '/customers/search');
    const opened = await openDialog();
    await opened.user.click(screen.getByRole('textbox', { name: 'Customer name' }));
    await opened.user.paste(query);
    await opened.user.keyboard('{Enter}');

    const field = screen.getByRole('textbox', { name: 'Customer name' });
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(message);
    expect(searches).toHaveLength(0);
    expect(screen.getByText('5 of 5 searches left')).toBeInTheDocument();
  });

  it('counts characters as the server does: 60 emoji and two letters are a valid query', async () => {
    const searches = recordRequests('GET', '/customers/search');
    const opened = await openDialog();
    await searchFor(opened, `${'😀'.repeat(60)}ab`);
    expect(await screen.findByText('4 of 5 searches left')).toBeInTheDocument();
    expect(searches).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toBeValid();
  });

  it('says before the first search that every valid search counts, even one with no result', async () => {
    const opened = await openDialog();
    const hint =
      'Every valid search counts as one of your 5 searches, even one that finds no customer.';
    expect(within(opened.dialog).getByText(hint)).toBeVisible();
    await searchFor(opened, 'zzqx');
    expect(await screen.findByText(/No customer matches “zzqx”/)).toBeInTheDocument();
    expect(screen.getByText('4 of 5 searches left')).toBeInTheDocument();
    expect(within(opened.dialog).queryByText(hint)).not.toBeInTheDocument();
  });

  it('says how many matched and to refine when the 20-result cap is hit', async () => {
    const opened = await openDialog();
    await searchFor(opened, 'gmbh');
    const group = await screen.findByRole('radiogroup', {
      name: /^\d+ customers found, the first 20 are shown$/,
    });
    expect(within(group).getAllByRole('radio')).toHaveLength(20);
    const label = screen.getByText(/customers found, the first 20 are shown$/);
    expect(Number(/^\d+/.exec(label.textContent)?.[0])).toBeGreaterThan(20);
    expect(
      screen.getByText(
        'There are more matches than can be shown. Type more of the name to narrow the search.',
      ),
    ).toBeVisible();
  });

  it("maps the server's 422 invalid_query onto the field", async () => {
    server.use(failing('get', '/api/customers/search', 422, 'invalid_query'));
    const opened = await openDialog();
    await searchFor(opened, 'valid looking');

    const field = screen.getByRole('textbox', { name: 'Customer name' });
    await waitFor(() => expect(field).toBeInvalid());
    expect(field).toHaveAccessibleDescription(
      'Customer name: enter 2 to 100 characters, at least 2 of them letters or digits.',
    );
  });

  it('spends one attempt when Enter is pressed twice during a search', async () => {
    server.use(delayed('get', '/api/customers/search', 300));
    const searches = recordRequests('GET', '/customers/search');
    const opened = await openDialog();
    await fillIn(opened.user, screen.getByRole('textbox', { name: 'Customer name' }), 'muller');
    await opened.user.keyboard('{Enter}{Enter}');

    expect(await screen.findByText('4 of 5 searches left')).toBeInTheDocument();
    expect(searches).toHaveLength(1);
  });

  it('says so when nothing matches and suggests contacting the customer', async () => {
    const opened = await openDialog();
    await searchFor(opened, 'zzqx');

    expect(
      await screen.findByText(
        'No customer matches “zzqx”. Check the spelling, or contact the customer and ask for an invitation.',
      ),
    ).toBeInTheDocument();
  });

  it('after the fifth search disables the field and explains the limit, so no sixth search is sent', async () => {
    withSearchesUsed(4);
    const searches = recordRequests('GET', '/customers/search');
    const opened = await openDialog();
    expect(await screen.findByText('1 of 5 searches left')).toBeInTheDocument();

    await searchFor(opened, 'muller');

    expect(await screen.findByText('No searches left')).toBeInTheDocument();
    expect(
      screen.getByText(/Ask the customer to send you an invitation, or contact support/),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Search' })).toBeDisabled();
    // The fifth search's results can still be requested.
    expect(screen.getByRole('radio', { name: /Muller Foods Ltd/ })).toBeEnabled();
    expect(searches).toHaveLength(1);
  });

  it('shows the limit when the server answers a search with 429, and from the start when none are left', async () => {
    withSearchesUsed(4);
    const opened = await openDialog();
    expect(await screen.findByText('1 of 5 searches left')).toBeInTheDocument();
    withSearchLimitReached(); // another tab used the last one

    await searchFor(opened, 'muller');

    expect(await screen.findByText('No searches left')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toBeDisabled();
    opened.unmount();

    await openDialog();
    expect(await screen.findByText('No searches left')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toBeDisabled();
  });
});
