import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import axe from 'axe-core';
import { handlers } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import {
  customerNamed,
  delayed,
  failing,
  latestRequestFor,
  withSearchesUsed,
  withSearchLimitReached,
} from '../../../../mocks/scenarios';
import { getMockStore } from '../../../../mocks/store';
import { answerNextPostWith, recordRequests } from '../../../../tests/utils/mock-http';
import { renderWithProviders } from '../../../../tests/utils/render';
import type { ConnectionRequest } from '../../../contract';
import { ConnectionRequestsRoute } from '../../../app/connection-requests-route';
import { CustomerSearchButton, CustomerSearchProvider } from '..';

const ANGSTROEM = 'Ångström Laboratories AB';
const DUBOIS = 'Dubois & Fils SARL';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** How many requests the mock database holds for the named customer. */
function requestsStoredFor(name: string): number {
  const { id } = customerNamed(name);
  return getMockStore().read((world) => world.requestsTo(id).length);
}

/** The dialog is a lazy chunk: its first import in jsdom compiles the whole tree, slow here. */
const DIALOG_CHUNK = { timeout: 10_000 };

/** The Search button with its dialog; `onSent` is what the page would be told. */
async function renderSearch(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const onSent: Mock<(request: ConnectionRequest) => void> = vi.fn();
  const utils = await renderWithProviders(
    <CustomerSearchProvider onSent={onSent}>
      <CustomerSearchButton />
    </CustomerSearchProvider>,
    options,
  );
  return { ...utils, onSent };
}

async function openDialog(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const utils = await renderSearch(options);
  const name = options.language === 'de' ? 'Suchen' : 'Search';
  await utils.user.click(await screen.findByRole('button', { name }));
  // While the dialog is open the rest of the page is aria-hidden: screen queries see the dialog.
  const dialog = await screen.findByRole('dialog', {}, DIALOG_CHUNK);
  return { ...utils, dialog };
}

/** The page was told that a request to this customer was sent. */
async function expectSentTo(onSent: Mock<(request: ConnectionRequest) => void>, name: string) {
  await waitFor(() => {
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ customerName: name }));
  });
}

type Opened = Awaited<ReturnType<typeof openDialog>>;
/** What the step helpers need: the user and the dialog (queries inside it stay fast on a big page). */
type Driver = Pick<Opened, 'user' | 'dialog'>;

/** Replaces the field's text the fast way (the machine is slow; typing key by key adds nothing). */
async function fillIn(user: Driver['user'], field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

async function searchFor({ user, dialog }: Driver, query: string) {
  await fillIn(user, within(dialog).getByRole('textbox', { name: 'Customer name' }), query);
  await user.keyboard('{Enter}');
}

/** Searches, waits for the results and selects `name`. */
async function selectCustomer(opened: Driver, query: string, name: string) {
  await searchFor(opened, query);
  const radio = await within(opened.dialog).findByRole('radio', { name: new RegExp(name) });
  await opened.user.click(radio);
}

/** Fills the request step: email, stand-in captcha, confirmation. */
async function fillRequest({ user, dialog }: Driver, email = 'anna.berg@angstrom-labs.se') {
  await fillIn(user, within(dialog).getByRole('textbox', { name: /Customer contact/ }), email);
  await user.click(within(dialog).getByRole('checkbox', { name: "I'm not a robot" }));
  await user.click(within(dialog).getByRole('checkbox', { name: /I confirm that/ }));
}

const requestButton = () => screen.getByRole('button', { name: 'Request' });

// The dialog is a lazy chunk (its loading states are tested in CustomerSearchButton.lazy.test.tsx).
// Importing it once up front keeps its first transform in jsdom, which can take seconds on a busy
// 2-core CI, out of every test's own timing; the button still loads it through import().
beforeAll(async () => {
  await import('./customer-search-dialog');
}, 60_000);

describe('CustomerSearchButton', { timeout: 60_000 }, () => {
  it('opens a labelled dialog with focus in the Customer name field and the searches left from the session', async () => {
    const opened = await openDialog();
    const { dialog } = opened;

    expect(dialog).toHaveAccessibleName('Search for a customer');
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toHaveFocus();
    expect(await screen.findByText('5 of 5 searches left')).toBeInTheDocument();
  });

  it('closes on Escape and gives focus back to the Search button', async () => {
    const { user, dialog } = await openDialog();

    await user.keyboard('{Escape}');

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
  });

  it('keeps the results of a search when closed and opened again (a search costs an attempt)', async () => {
    const opened = await openDialog();
    await searchFor(opened, 'muller');
    await screen.findByRole('radiogroup', { name: '9 customers found' });

    await opened.user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(opened.dialog).not.toBeInTheDocument());
    await opened.user.click(screen.getByRole('button', { name: 'Search' }));

    expect(
      await screen.findByRole('radiogroup', { name: '9 customers found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toHaveValue('muller');
  });

  it('opens an empty dialog again after a request was sent', async () => {
    const opened = await openDialog();
    await selectCustomer(opened, 'angstrom', ANGSTROEM);
    await fillRequest(opened);
    await opened.user.click(requestButton());
    await waitFor(() => expect(opened.dialog).not.toBeInTheDocument());

    await opened.user.click(screen.getByRole('button', { name: 'Search' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: 'Customer name' })).toHaveValue('');
    expect(within(dialog).queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(await within(dialog).findByText('4 of 5 searches left')).toBeInTheDocument();
  });

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

  it('shows the request step only after a selection; Request needs a valid email, the captcha and the confirmation', async () => {
    const opened = await openDialog();
    await searchFor(opened, 'angstrom');
    await screen.findByRole('radiogroup');
    expect(screen.queryByRole('textbox', { name: /Customer contact/ })).not.toBeInTheDocument();

    await opened.user.click(screen.getByRole('radio', { name: new RegExp(ANGSTROEM) }));
    const { user } = opened;
    const email = screen.getByRole('textbox', { name: /Customer contact/ });
    expect(requestButton()).toBeDisabled();

    await fillIn(user, email, 'not-an-email');
    await user.tab();
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription(
      'Enter a valid email address, such as name@company.com.',
    );

    await fillIn(user, email, 'anna.berg@angstrom-labs.se');
    expect(email).toBeValid();
    expect(requestButton()).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: "I'm not a robot" }));
    expect(requestButton()).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /I confirm that Ångström/ }));
    expect(requestButton()).toBeEnabled();
  });

  it('warns about a free-mail address but still lets the request go', async () => {
    const opened = await openDialog();
    await selectCustomer(opened, 'angstrom', ANGSTROEM);
    await fillRequest(opened, 'anna.berg@gmail.com');

    const email = screen.getByRole('textbox', { name: /Customer contact/ });
    expect(email).toBeValid();
    expect(email).toHaveAccessibleDescription(/This is a free-mail address/);
    expect(requestButton()).toBeEnabled();
  });

  it('sends a fresh stand-in token, closes on success, tells the page and returns focus', async () => {
    const posts = recordRequests('POST', '/connection-requests');
    const opened = await openDialog();
    await selectCustomer(opened, 'angstrom', ANGSTROEM);
    await fillRequest(opened, '  anna.berg@angstrom-labs.se ');
    await opened.user.click(requestButton());

    await expectSentTo(opened.onSent, ANGSTROEM);
    expect(opened.onSent).toHaveBeenCalledOnce();
    await waitFor(() => expect(opened.dialog).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
    const body = (await posts[0]?.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      origin: 'search',
      contactEmail: 'anna.berg@angstrom-labs.se',
      confirmed: true,
    });
    expect(body.captchaToken).toMatch(UUID);
    expect(latestRequestFor(ANGSTROEM)).toMatchObject({
      status: 'pending',
      contactEmail: 'anna.berg@angstrom-labs.se',
    });
  });

  it('shows the new Pending row with the email in the table after sending', async () => {
    const { user } = await renderWithProviders(<ConnectionRequestsRoute />);
    await user.click(await screen.findByRole('button', { name: 'Search' }, { timeout: 10_000 }));
    const opened = { user, dialog: await screen.findByRole('dialog', {}, DIALOG_CHUNK) };
    await selectCustomer(opened, 'dubois & fils', DUBOIS);
    await fillRequest(opened, 'achats@dubois-fils.fr');
    await user.click(within(opened.dialog).getByRole('button', { name: 'Request' }));

    // Wait cheaply for the text, then check it sits in Dubois's row, as Pending.
    await screen.findByText('achats@dubois-fils.fr', undefined, { timeout: 10_000 });
    const row = screen.getByRole('row', { name: /achats@dubois-fils\.fr/ });
    expect(within(row).getByText(DUBOIS)).toBeInTheDocument();
    expect(within(row).getByText('Pending')).toBeInTheDocument();
  }, 120_000);

  it('on captcha_failed resets the widget, says why, keeps the other inputs and succeeds after a new check', async () => {
    const opened = await openDialog();
    const { user } = opened;
    await selectCustomer(opened, 'angstrom', ANGSTROEM);
    await user.click(screen.getByRole('switch', { name: 'Simulate a failed check' }));
    await fillRequest(opened);
    await user.click(requestButton());

    expect(
      await screen.findByText('reCAPTCHA: the check failed or expired. Please complete it again.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: "I'm not a robot" })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: /Customer contact/ })).toHaveValue(
      'anna.berg@angstrom-labs.se',
    );
    expect(screen.getByRole('checkbox', { name: /I confirm that/ })).toBeChecked();
    expect(requestButton()).toBeDisabled();

    await user.click(screen.getByRole('switch', { name: 'Simulate a failed check' }));
    await user.click(screen.getByRole('checkbox', { name: "I'm not a robot" }));
    await user.click(requestButton());
    await expectSentTo(opened.onSent, ANGSTROEM);
    expect(requestsStoredFor(ANGSTROEM)).toBe(1);
  });

  it('puts invalid_email on the email field and keeps every input', async () => {
    server.use(answerNextPostWith('invalid_email', 422, 'contactEmail'));
    const opened = await openDialog();
    await selectCustomer(opened, 'angstrom', ANGSTROEM);
    await fillRequest(opened);
    await opened.user.click(requestButton());

    const email = screen.getByRole('textbox', { name: /Customer contact/ });
    await waitFor(() => expect(email).toBeInvalid());
    expect(email).toHaveAccessibleDescription(
      'Customer contact: enter a valid email address (at most 254 characters).',
    );
    expect(email).toHaveValue('anna.berg@angstrom-labs.se');
    expect(screen.getByRole('checkbox', { name: /I confirm that/ })).toBeChecked();
    // The server refused before checking the token, so it is still good.
    expect(screen.getByRole('checkbox', { name: "I'm not a robot" })).toBeChecked();

    await opened.user.type(email, 'x');
    expect(email).toBeValid();
  });

  it('puts not_confirmed on the confirmation checkbox', async () => {
    server.use(answerNextPostWith('not_confirmed', 422, 'confirmed'));
    const opened = await openDialog();
    await selectCustomer(opened, 'angstrom', ANGSTROEM);
    await fillRequest(opened);
    await opened.user.click(requestButton());

    const confirm = screen.getByRole('checkbox', { name: /I confirm that/ });
    await waitFor(() => expect(confirm).toBeInvalid());
    expect(confirm).toHaveAccessibleDescription(
      'Confirmation: tick the box to confirm the request.',
    );
  });

  it.each([
    ['request_pending', 'A request to this customer is already pending.'],
    ['already_connected', 'You are already connected with this customer.'],
    ['request_rejected', /rejected your request/],
    ['request_limit_reached', /three requests to this customer/],
    ['requests_disabled', /does not accept requests from suppliers/],
  ] as const)(
    'shows the 409 %s as an alert in the dialog and keeps the inputs',
    async (code, text) => {
      server.use(answerNextPostWith(code, 409));
      const opened = await openDialog();
      await selectCustomer(opened, 'angstrom', ANGSTROEM);
      await fillRequest(opened);
      await opened.user.click(requestButton());

      expect(await screen.findByRole('alert')).toHaveTextContent(text);
      expect(screen.getByRole('textbox', { name: /Customer contact/ })).toHaveValue(
        'anna.berg@angstrom-labs.se',
      );
      expect(opened.dialog).toBeInTheDocument();
    },
  );

  it('after a 503 keeps the inputs and retries with the same key, creating exactly one request', async () => {
    const posts = recordRequests('POST', '/connection-requests');
    server.use(answerNextPostWith('service_unavailable', 503));
    const opened = await openDialog();
    await selectCustomer(opened, 'angstrom', ANGSTROEM);
    await fillRequest(opened);
    await opened.user.click(requestButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The service is unavailable right now.');
    expect(screen.getByRole('checkbox', { name: "I'm not a robot" })).toBeChecked();
    expect(requestsStoredFor(ANGSTROEM)).toBe(0);

    await opened.user.click(within(alert).getByRole('button', { name: 'Retry' }));

    await expectSentTo(opened.onSent, ANGSTROEM);
    expect(requestsStoredFor(ANGSTROEM)).toBe(1);
    expect(posts).toHaveLength(2);
    const [first, second] = posts.map((post) => post.headers.get('Idempotency-Key'));
    expect(first).toBeTruthy();
    expect(second).toBe(first);
  });

  it('when the server created the request but the answer was lost, the retry still leaves exactly one', async () => {
    server.use(
      http.post(
        '*/api/connection-requests',
        async ({ request }) => {
          await getResponse(handlers, request); // the real handler creates it…
          // …and the answer never arrives.
          return HttpResponse.json(
            { error: { code: 'service_unavailable', message: 'Lost' } },
            { status: 503 },
          );
        },
        { once: true },
      ),
    );
    const opened = await openDialog();
    await selectCustomer(opened, 'angstrom', ANGSTROEM);
    await fillRequest(opened);
    await opened.user.click(requestButton());
    const alert = await screen.findByRole('alert');
    expect(requestsStoredFor(ANGSTROEM)).toBe(1);

    await opened.user.click(within(alert).getByRole('button', { name: 'Retry' }));

    await expectSentTo(opened.onSent, ANGSTROEM);
    expect(requestsStoredFor(ANGSTROEM)).toBe(1);
  });

  it('disables Request while sending, and a double click sends once', async () => {
    const posts = recordRequests('POST', '/connection-requests');
    const opened = await openDialog();
    await selectCustomer(opened, 'angstrom', ANGSTROEM);
    await fillRequest(opened);
    await opened.user.dblClick(requestButton());

    await expectSentTo(opened.onSent, ANGSTROEM);
    expect(opened.onSent).toHaveBeenCalledOnce();
    expect(posts).toHaveLength(1);
  });

  it('works by keyboard alone, with Request in the footer', async () => {
    const { user, onSent } = await renderSearch();
    screen.getByRole('button', { name: 'Search' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog', {}, DIALOG_CHUNK);
    await user.paste('angstrom');
    await user.keyboard('{Enter}');
    await screen.findByRole('radiogroup');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('radio', { name: new RegExp(ANGSTROEM) })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: new RegExp(ANGSTROEM) })).toBeChecked();
    await user.tab();
    // Leaving the results folds them into the chosen customer's line, with Change.
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.getByText(`Chosen customer: ${ANGSTROEM}`)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Customer contact/ })).toHaveFocus();
    await user.paste('anna.berg@angstrom-labs.se');
    await user.tab();
    expect(screen.getByRole('checkbox', { name: "I'm not a robot" })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('switch', { name: 'Simulate a failed check' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: /I confirm that/ })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Request' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await expectSentTo(onSent, ANGSTROEM);
  });

  it('speaks German', async () => {
    const { user, dialog } = await openDialog({ language: 'de' });
    expect(dialog).toHaveAccessibleName('Nach einem Kunden suchen');
    const field = screen.getByRole('textbox', { name: 'Kundenname' });
    await fillIn(user, field, 'muller');
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('radiogroup', { name: '9 Kunden gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Noch 4 von 5 Suchvorgängen übrig')).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: /Müller Logistik GmbH\s*Anfrage ausstehend/ }),
    ).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /Muller Foods Ltd\s*Verfügbar/ }));
    expect(
      screen.getByRole('textbox', { name: /Ansprechpartner beim Kunden/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ausgewählter Kunde: Muller Foods Ltd')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Ich bin kein Roboter' })).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: /Ich bestätige, dass Muller Foods Ltd/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Anfordern' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
  });

  it('has no serious accessibility violations with results and the request step shown', async () => {
    const opened = await openDialog();
    await selectCustomer(opened, 'muller', 'Muller Foods Ltd');
    await fillRequest(opened, 'einkauf@gmail.com');

    const results = await axe.run(opened.dialog, {
      rules: { 'color-contrast': { enabled: false } }, // jsdom cannot compute colours
    });
    const serious = results.violations.filter(
      ({ impact }) => impact === 'serious' || impact === 'critical',
    );
    expect(serious.map(({ id, nodes }) => `${id}: ${nodes.length}`)).toEqual([]);
  });
});
