import {
  callApi,
  callApiRaw,
  customerRow,
  demo,
  demoState,
  escapeRegExp,
  expect,
  listRequests,
  openApp,
  openDemoPanel,
  openSearchDialog,
  reloadApp,
  requestFor,
  connectionsTable,
  searchFor,
  test,
  type ApiResponse,
  type Locator,
  type Page,
  type RawApiResponse,
} from './fixtures';
import { NAMED } from '../../mocks/data/catalogue';
import type { CreateFromSearch, ErrorBody, ErrorCode, SuggestionPage } from '../../src/contract';

/**
 * Bad input, one row each: every case gets its own named, user-readable error, and nothing
 * the server stores changes (requests, suggestions, and — unless the case runs a valid search —
 * the searches left).
 */

const OBRIEN = NAMED.obrien.name; // available to request

const MESSAGES = {
  queryTooShort: 'Enter at least 2 characters.',
  queryTooLong: 'Enter at most 100 characters.',
  queryNoLettersOrDigits: 'Enter a name with at least 2 letters or digits.',
  emailRequired: 'Enter the email address of your contact.',
  emailInvalid: 'Enter a valid email address, such as name@company.com.',
  emailTooLong: 'Use at most 254 characters.',
  captchaFailed: 'reCAPTCHA: the check failed or expired. Please complete it again.',
  noSearchesLeft: 'No searches left',
  memberTitle: 'Only administrators can manage connection requests',
} as const;

interface BadInput {
  name: string;
  /** Brings the app into the state the case needs; runs before the "nothing changes" snapshot. */
  setup?: (page: Page) => Promise<void>;
  /** Gives the bad input and checks the named error. */
  run: (page: Page) => Promise<void>;
  /** A valid search is run, which uses one attempt (R4); everything else must stay as it was. */
  spendsSearch?: boolean;
}

async function snapshot(page: Page, withSearches: boolean) {
  const requests = (await listRequests(page))
    .map(({ id, status, attempt, contactEmail, comment }) => ({
      id,
      status,
      attempt,
      contactEmail,
      comment,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const suggestions = await callApi<SuggestionPage>(page, 'GET', '/api/suggestions?pageSize=100');
  const { searchesRemaining, role } = await demoState(page);
  return {
    requests,
    suggestions: suggestions.body.items.map(({ customerId }) => customerId).sort(),
    role,
    ...(withSearches ? { searchesRemaining } : {}),
  };
}

function expectApiError(
  response: ApiResponse<unknown>,
  status: number,
  code: ErrorCode,
  field?: string,
) {
  expect(response.status).toBe(status);
  const { error } = response.body as ErrorBody;
  expect(error.code).toBe(code);
  // A sentence for logs and as a fallback; the UI words it by code.
  expect(error.message.length).toBeGreaterThan(10);
  if (field !== undefined) expect(error.field).toBe(field);
}

async function postRequest(page: Page, body: unknown) {
  return callApi<ErrorBody>(page, 'POST', '/api/connection-requests', body);
}

/** A request body from a search, to O'Brien unless told otherwise; valid but for the overrides. */
function searchRequest(overrides: Partial<CreateFromSearch> & { captchaToken: string }) {
  return {
    customerId: NAMED.obrien.id,
    origin: 'search',
    contactEmail: 'buyer@obrien.ie',
    confirmed: true,
    ...overrides,
  } satisfies CreateFromSearch;
}

function queryField(dialog: Locator) {
  return dialog.getByRole('textbox', { name: /customer name/i });
}

/** Searches in the UI and checks the "Customer name" field's error; the search is not sent. */
async function expectQueryRefused(page: Page, query: string, message: string) {
  const dialog = await openSearchDialog(page);
  await searchFor(dialog, query);
  await expect(dialog.getByRole('alert').filter({ hasText: message })).toBeVisible();
  await expect(queryField(dialog)).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('radiogroup')).toHaveCount(0);
  await expect(dialog).toContainText('5 of 5 searches left');
}

/** A query that is valid but odd: no match, the query shown back as plain text. */
async function expectNoMatchShownAsText(page: Page, query: string) {
  const dialog = await openSearchDialog(page);
  await searchFor(dialog, query);
  await expect(dialog.getByRole('status').filter({ hasText: 'No customer matches' })).toContainText(
    `“${query.trim()}”`,
  );
  await expect(dialog.locator('script, img, b')).toHaveCount(0);
}

/** Opens the request step for O'Brien (one search). */
async function openRequestStep(page: Page): Promise<Locator> {
  const dialog = await openSearchDialog(page);
  await searchFor(dialog, "o'brien");
  await dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(OBRIEN)}`) }).click();
  await expect(dialog.getByRole('textbox', { name: /customer contact/i })).toBeVisible();
  return dialog;
}

/** Types an email, leaves the field, and checks the field's named error. */
async function expectEmailRefused(page: Page, email: string, message: string) {
  const dialog = await openRequestStep(page);
  const field = dialog.getByRole('textbox', { name: /customer contact/i });
  await field.fill(email);
  await field.blur();
  await dialog.getByRole('checkbox', { name: "I'm not a robot" }).check();
  await dialog.getByRole('checkbox', { name: /I confirm that/ }).check();
  await expect(dialog.getByRole('alert').filter({ hasText: message })).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('button', { name: 'Request' })).toBeDisabled();
}

/** A search hit that cannot be requested shows why, and the server refuses it too. */
async function expectHitRefused(
  page: Page,
  customer: { id: string; name: string },
  stateText: string,
  code: ErrorCode,
) {
  const dialog = await openSearchDialog(page);
  await searchFor(dialog, customer.name);
  const hit = dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(customer.name)}`) });
  await expect(hit).toBeDisabled();
  await expect(
    dialog.locator('label').filter({ hasText: customer.name }).filter({ hasText: stateText }),
  ).toBeVisible();
  expectApiError(
    await postRequest(
      page,
      searchRequest({
        customerId: customer.id,
        contactEmail: 'buyer@example.com',
        captchaToken: `e2e-${code}`,
      }),
    ),
    409,
    code,
  );
}

const LONG_NAME = 'x'.repeat(101);
const LONG_EMAIL = `${'a'.repeat(243)}@example.com`; // 255 characters

const CASES: BadInput[] = [
  {
    name: 'empty customer name',
    run: (page) => expectQueryRefused(page, '', MESSAGES.queryTooShort),
  },
  {
    name: 'customer name of whitespace only',
    run: (page) => expectQueryRefused(page, '     ', MESSAGES.queryTooShort),
  },
  {
    name: 'customer name of 1 character (after trimming)',
    run: (page) => expectQueryRefused(page, '  ü ', MESSAGES.queryTooShort),
  },
  {
    name: 'customer name of 101 characters',
    run: (page) => expectQueryRefused(page, LONG_NAME, MESSAGES.queryTooLong),
  },
  {
    name: 'customer name of 101 characters sent to the server anyway',
    run: async (page) => {
      const response = await callApi(page, 'GET', `/api/customers/search?q=${LONG_NAME}`);
      expectApiError(response, 422, 'invalid_query', 'q');
    },
  },
  {
    name: 'customer name with a script tag',
    spendsSearch: true,
    run: (page) => expectNoMatchShownAsText(page, '<script>alert(1)</script>'),
  },
  {
    name: 'customer name of emoji only',
    run: (page) => expectQueryRefused(page, '🏭🚚', MESSAGES.queryNoLettersOrDigits),
  },
  {
    name: 'customer name of zero-width and control characters sent to the server anyway',
    run: async (page) => {
      const query = encodeURIComponent('\u200B\u200C\u0007\u0008');
      const response = await callApi(page, 'GET', `/api/customers/search?q=${query}`);
      expectApiError(response, 422, 'invalid_query', 'q');
    },
  },
  {
    name: 'customer name of emoji around two letters',
    spendsSearch: true,
    run: (page) => expectNoMatchShownAsText(page, '🏭zq🚚'),
  },
  {
    name: 'customer name in right-to-left script',
    spendsSearch: true,
    run: (page) => expectNoMatchShownAsText(page, 'شركة النور'),
  },
  {
    name: 'empty contact email',
    spendsSearch: true,
    run: (page) => expectEmailRefused(page, '', MESSAGES.emailRequired),
  },
  {
    name: 'invalid contact email',
    spendsSearch: true,
    run: (page) => expectEmailRefused(page, 'buyer.example.com', MESSAGES.emailInvalid),
  },
  {
    name: 'contact email with HTML',
    spendsSearch: true,
    run: (page) => expectEmailRefused(page, '<img src=x onerror=alert(1)>', MESSAGES.emailInvalid),
  },
  {
    name: 'contact email of 255 characters',
    spendsSearch: true,
    run: async (page) => {
      await expectEmailRefused(page, LONG_EMAIL, MESSAGES.emailTooLong);
      const response = await postRequest(
        page,
        searchRequest({ contactEmail: LONG_EMAIL, captchaToken: 'e2e-long-email' }),
      );
      expectApiError(response, 422, 'invalid_email', 'contactEmail');
    },
  },
  {
    name: 'missing reCAPTCHA',
    spendsSearch: true,
    run: async (page) => {
      const dialog = await openRequestStep(page);
      await dialog.getByRole('textbox', { name: /customer contact/i }).fill('buyer@obrien.ie');
      await dialog.getByRole('checkbox', { name: /I confirm that/ }).check();
      await expect(dialog.getByRole('button', { name: 'Request' })).toBeDisabled();
      const response = await postRequest(page, searchRequest({ captchaToken: '' }));
      expectApiError(response, 422, 'captcha_failed', 'captchaToken');
    },
  },
  {
    name: 'reCAPTCHA check that fails',
    spendsSearch: true,
    run: async (page) => {
      const dialog = await openRequestStep(page);
      await dialog.getByRole('textbox', { name: /customer contact/i }).fill('buyer@obrien.ie');
      await dialog.getByRole('switch', { name: 'Simulate a failed check' }).check();
      await dialog.getByRole('checkbox', { name: "I'm not a robot" }).check();
      await dialog.getByRole('checkbox', { name: /I confirm that/ }).check();
      await dialog.getByRole('button', { name: 'Request' }).click();
      await expect(
        dialog.getByRole('alert').filter({ hasText: MESSAGES.captchaFailed }),
      ).toBeVisible();
      // The used-up check is cleared: the user must tick it again.
      await expect(dialog.getByRole('checkbox', { name: "I'm not a robot" })).not.toBeChecked();
    },
  },
  {
    name: 'reused reCAPTCHA token',
    setup: async (page) => {
      // The token is used up by a request that verified it but failed on the confirmation.
      const first = await postRequest(
        page,
        searchRequest({ captchaToken: 'e2e-token-once', confirmed: false }),
      );
      expectApiError(first, 422, 'not_confirmed', 'confirmed');
    },
    run: async (page) => {
      const again = await postRequest(page, searchRequest({ captchaToken: 'e2e-token-once' }));
      expectApiError(again, 422, 'captcha_failed', 'captchaToken');
    },
  },
  {
    name: 'unchecked confirmation',
    spendsSearch: true,
    run: async (page) => {
      const dialog = await openRequestStep(page);
      await dialog.getByRole('textbox', { name: /customer contact/i }).fill('buyer@obrien.ie');
      await dialog.getByRole('checkbox', { name: "I'm not a robot" }).check();
      await expect(dialog.getByRole('button', { name: 'Request' })).toBeDisabled();
      const response = await postRequest(
        page,
        searchRequest({ captchaToken: 'e2e-unconfirmed', confirmed: false }),
      );
      expectApiError(response, 422, 'not_confirmed', 'confirmed');
    },
  },
  {
    name: 'unknown customer',
    run: async (page) => {
      const response = await postRequest(page, {
        customerId: 'cust-does-not-exist',
        origin: 'suggestion',
      });
      expectApiError(response, 404, 'customer_not_found');
    },
  },
  {
    name: 'a member (no Administrator role) sends a request',
    run: async (page) => {
      await demo(page, 'role', { role: 'member' });
      await page.reload();
      await expect(page.getByRole('alert').filter({ hasText: MESSAGES.memberTitle })).toBeVisible();
      await expect(page.getByRole('button', { name: /^search$/i })).toHaveCount(0);
      const response = await postRequest(page, {
        customerId: NAMED.angstroem.id,
        origin: 'suggestion',
      });
      expectApiError(response, 403, 'forbidden');
      // Back to the administrator, to read what is stored.
      await demo(page, 'role', { role: 'admin' });
    },
  },
  {
    name: 'the 6th search',
    setup: async (page) => {
      for (const query of ['nord', 'süd', 'west', 'ost', 'alpen']) {
        expect((await callApi(page, 'GET', `/api/customers/search?q=${query}`)).status).toBe(200);
      }
      await reloadApp(page);
    },
    run: async (page) => {
      const dialog = await openSearchDialog(page);
      await expect(
        dialog.getByRole('alert').filter({ hasText: MESSAGES.noSearchesLeft }),
      ).toContainText('contact support');
      await expect(queryField(dialog)).toBeDisabled();
      await expect(dialog.getByRole('button', { name: /^search$/i })).toBeDisabled();
      const sixth = await callApi(page, 'GET', '/api/customers/search?q=rhein');
      expectApiError(sixth, 429, 'search_limit_reached');
    },
  },
  {
    name: 'the 4th request to a customer',
    run: async (page) => {
      const row = customerRow(connectionsTable(page), NAMED.celik.name);
      await expect(row).toContainText('No attempts left: ask the customer for an invitation.');
      await expect(row.getByRole('button', { name: /^send again/i })).toHaveCount(0);
      const response = await postRequest(page, {
        customerId: NAMED.celik.id,
        origin: 'suggestion',
      });
      expectApiError(response, 409, 'request_limit_reached');
    },
  },
  {
    name: 'a request while one is pending',
    spendsSearch: true,
    run: (page) =>
      expectHitRefused(page, NAMED.muellerLogistik, 'Request pending', 'request_pending'),
  },
  {
    name: 'a request after approval',
    spendsSearch: true,
    run: (page) =>
      expectHitRefused(page, NAMED.oestergaard, 'Already connected', 'already_connected'),
  },
  {
    name: 'a request after rejection',
    spendsSearch: true,
    run: (page) =>
      expectHitRefused(page, NAMED.zuercher, 'Rejected your request', 'request_rejected'),
  },
  {
    name: 'a request to a customer that does not accept requests',
    spendsSearch: true,
    run: (page) =>
      expectHitRefused(page, NAMED.bundesamt, 'Does not accept requests', 'requests_disabled'),
  },
  {
    name: 'withdrawing a request that is not pending',
    run: async (page) => {
      const rejected = await requestFor(page, NAMED.zuercher.name);
      const response = await callApi(
        page,
        'POST',
        `/api/connection-requests/${rejected.id}/withdraw`,
      );
      expectApiError(response, 409, 'not_pending');
    },
  },
  {
    name: 'a rejection comment of 501 characters',
    run: async (page) => {
      const panel = await openDemoPanel(page);
      const customer = NAMED.muellerLogistik.name;
      await panel.getByRole('button', { name: `Reject ${customer}` }).click();
      const comment = panel.getByRole('textbox', { name: /comment/i });
      await comment.fill('n'.repeat(501));
      await expect(panel.getByText('At most 500 characters (501/500).')).toBeVisible();
      await expect(comment).toHaveAttribute('aria-invalid', 'true');
      await expect(panel.getByRole('button', { name: 'Send rejection' })).toBeDisabled();
      const pending = await requestFor(page, customer);
      const response = await callApi(page, 'POST', '/api/demo/respond', {
        requestId: pending.id,
        decision: 'reject',
        comment: 'n'.repeat(501),
      });
      expectApiError(response, 422, 'invalid_input', 'comment');
    },
  },
  ...(
    [
      ['a NUL character', 'buyer\u0000@obrien.ie'],
      ['BEL and ESC characters', 'buyer\u0007\u001b@obrien.ie'],
      ['a zero-width space', 'buy\u200ber@obrien.ie'],
      ['a bidi override (displays as another address)', 'buyer@\u202eei.neirbo'],
    ] as const
  ).map(([what, contactEmail]): BadInput => ({
    name: `contact email with ${what}`,
    run: async (page) => {
      const response = await postRequest(
        page,
        searchRequest({ contactEmail, captchaToken: `e2e-hidden-${what}` }),
      );
      expectApiError(response, 422, 'invalid_email', 'contactEmail');
    },
  })),
  {
    name: 'a reCAPTCHA token of 1 MB',
    run: async (page) => {
      const response = await postRequest(
        page,
        searchRequest({ captchaToken: 't'.repeat(1_000_000), confirmed: false }),
      );
      expectApiError(response, 422, 'invalid_input', 'captchaToken');
    },
  },
  {
    name: 'an Idempotency-Key reused with a different body',
    setup: async (page) => {
      const first = await postWithKey(page, 'e2e-key', NAMED.angstroem.id);
      expect(first.status).toBe(201);
    },
    run: async (page) => {
      const reused = await postWithKey(page, 'e2e-key', NAMED.dubois.id);
      expectApiError(reused, 422, 'idempotency_key_reused', 'Idempotency-Key');
    },
  },
  {
    name: 'a status filter with an empty entry (status=,)',
    run: async (page) => {
      const response = await callApi(page, 'GET', '/api/connection-requests?status=,');
      expectApiError(response, 422, 'invalid_input', 'status');
    },
  },
  ...(
    [
      ['text/plain', (body: string) => body],
      [
        'application/x-www-form-urlencoded',
        () => `customerId=${NAMED.angstroem.id}&origin=suggestion`,
      ],
    ] as const
  ).map(([contentType, encode]): BadInput => ({
    name: `a request sent as ${contentType}`,
    run: async (page) => {
      const body = encode(JSON.stringify({ customerId: NAMED.angstroem.id, origin: 'suggestion' }));
      const response = await callApiRaw(page, 'POST', '/api/connection-requests', {
        contentType,
        body,
      });
      expectApiError(asApiResponse(response), 415, 'unsupported_media_type');
    },
  })),
  {
    name: 'a demo merge with the body [1,2]',
    run: async (page) => {
      const response = await callApiRaw(page, 'POST', '/api/demo/merge', {
        contentType: 'application/json',
        body: '[1,2]',
      });
      expectApiError(asApiResponse(response), 422, 'invalid_input', 'body');
      expect((await demoState(page)).mergeAvailable).toBe(true);
    },
  },
  {
    name: 'an unknown API path',
    run: async (page) => {
      const response = await callApiRaw(page, 'GET', '/api/nope');
      // The error shape, not the app's index.html.
      expect(response.contentType).toMatch(/^application\/json/);
      expectApiError(asApiResponse(response), 404, 'not_found');
    },
  },
  ...(['PUT', 'DELETE'] as const).map((method): BadInput => ({
    name: `${method} on the requests path`,
    run: async (page) => {
      const response = await callApiRaw(page, method, '/api/connection-requests', {
        contentType: 'application/json',
        body: JSON.stringify({ customerId: NAMED.angstroem.id, origin: 'suggestion' }),
      });
      expectApiError(asApiResponse(response), 405, 'method_not_allowed');
      expect(response.allow).toBe('GET, POST');
    },
  })),
  {
    name: 'the demo clock moved past its limit',
    setup: async (page) => {
      for (let step = 0; step < 9; step += 1) await demo(page, 'clock', { advanceDays: 3650 });
      await demo(page, 'clock', { advanceDays: 3640 });
    },
    run: async (page) => {
      const response = await callApi(page, 'POST', '/api/demo/clock', { advanceDays: 11 });
      expectApiError(response, 422, 'invalid_input', 'advanceDays');
      expect((await demoState(page)).clockOffsetDays).toBe(36_490);
    },
  },
];

/** POSTs a request from a suggestion with an Idempotency-Key, from inside the page. */
function postWithKey(page: Page, key: string, customerId: string) {
  return page.evaluate(
    async ({ key, customerId }) => {
      const response = await fetch('/api/connection-requests', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ customerId, origin: 'suggestion' }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { key, customerId },
  );
}

function asApiResponse({ status, body }: RawApiResponse): ApiResponse<unknown> {
  return { status, body };
}

test.describe('bad input gets a named error and changes nothing', () => {
  test('the table has at least 20 bad inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CASES.map(({ name }) => name)).size).toBe(CASES.length);
  });

  for (const { name, setup, run, spendsSearch = false } of CASES) {
    test(name, async ({ page }) => {
      // No input may ever turn into markup or script: an alert() would open a dialog.
      const browserDialogs: string[] = [];
      page.on('dialog', (dialog) => {
        browserDialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await openApp(page);
      if (setup) await setup(page);
      const before = await snapshot(page, !spendsSearch);
      await run(page);
      expect(await snapshot(page, !spendsSearch)).toEqual(before);
      expect(browserDialogs).toEqual([]);
    });
  }
});
