import {
  callApi,
  escapeRegExp,
  expect,
  openSearchDialog,
  searchFor,
  type ApiResponse,
  type Locator,
  type Page,
} from '../fixtures';
import { NAMED } from '../../../mocks/data/catalogue';
import type { CreateFromSearch, ErrorBody, ErrorCode } from '../../../src/contract';

/**
 * What the bad-input cases are made of (bad-input.spec.ts runs them): the UI's words for each
 * error, the steps that give a bad input in the UI, and the check of the server's named error.
 */

const OBRIEN = NAMED.obrien.name; // available to request

export const MESSAGES = {
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

export interface BadInput {
  name: string;
  /** Brings the app into the state the case needs; runs before the "nothing changes" snapshot. */
  setup?: (page: Page) => Promise<void>;
  /** Gives the bad input and checks the named error. */
  run: (page: Page) => Promise<void>;
  /** A valid search is run, which uses one attempt (R4); everything else must stay as it was. */
  spendsSearch?: boolean;
}

export function expectApiError(
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

export async function postRequest(page: Page, body: unknown) {
  return callApi<ErrorBody>(page, 'POST', '/api/connection-requests', body);
}

/** A request body from a search, to O'Brien unless told otherwise; valid but for the overrides. */
export function searchRequest(overrides: Partial<CreateFromSearch> & { captchaToken: string }) {
  return {
    customerId: NAMED.obrien.id,
    origin: 'search',
    contactEmail: 'buyer@obrien.ie',
    confirmed: true,
    ...overrides,
  } satisfies CreateFromSearch;
}

export function queryField(dialog: Locator) {
  return dialog.getByRole('textbox', { name: /customer name/i });
}

/** Searches in the UI and checks the "Customer name" field's error; the search is not sent. */
export async function expectQueryRefused(page: Page, query: string, message: string) {
  const dialog = await openSearchDialog(page);
  await searchFor(dialog, query);
  await expect(dialog.getByRole('alert').filter({ hasText: message })).toBeVisible();
  await expect(queryField(dialog)).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('radiogroup')).toHaveCount(0);
  await expect(dialog).toContainText('5 of 5 searches left');
}

/** A query that is valid but odd: no match, the query shown back as plain text. */
export async function expectNoMatchShownAsText(page: Page, query: string) {
  const dialog = await openSearchDialog(page);
  await searchFor(dialog, query);
  await expect(dialog.getByRole('status').filter({ hasText: 'No customer matches' })).toContainText(
    `“${query.trim()}”`,
  );
  await expect(dialog.locator('script, img, b')).toHaveCount(0);
}

/** Opens the request step for O'Brien (one search). */
export async function openRequestStep(page: Page): Promise<Locator> {
  const dialog = await openSearchDialog(page);
  await searchFor(dialog, "o'brien");
  await dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(OBRIEN)}`) }).click();
  await expect(dialog.getByRole('textbox', { name: /customer contact/i })).toBeVisible();
  return dialog;
}

/** Types an email, leaves the field, and checks the field's named error. */
export async function expectEmailRefused(page: Page, email: string, message: string) {
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
export async function expectHitRefused(
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
