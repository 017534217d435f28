import { expect, type Page } from '../fixtures';
import { NAMED } from '../../../mocks/data/catalogue';
import {
  MESSAGES,
  expectApiError,
  expectEmailRefused,
  openRequestStep,
  postRequest,
  searchRequest,
  type BadInput,
} from './case-steps';

const LONG_EMAIL = `${'a'.repeat(243)}@example.com`; // 255 characters

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

/** Bad input to a request: the contact email, the captcha, the confirmation, the request's key. */
export const REQUEST_CASES: BadInput[] = [
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
];
