import { describe, expect, it } from 'vitest';
import { failureOf } from './client';
import {
  aSuggestion,
  createRequest,
  DAY_MS,
  expectStatus,
  freshCaptchaToken,
  getHistory,
  latestRequestTo,
  listSuggestions,
  millis,
  searchRequestBody,
} from './helpers';

/** A syntactically valid address of exactly `length` characters (local part 64, labels ≤ 63). */
function emailOfLength(length: number): string {
  const local = 'a'.repeat(64);
  const labels = `${'b'.repeat(60)}.`.repeat(3);
  const tld = 'com';
  const filler = length - local.length - 1 - labels.length - tld.length - 1;
  return `${local}@${labels}${'c'.repeat(filler)}.${tld}`;
}

describe('R6: a request from a search needs an existing customer, a valid email, a fresh captcha and the confirmation', () => {
  it('R6: a complete request from a search is created as pending with the typed email', async () => {
    const { customerId } = await aSuggestion();
    const created = expectStatus(
      await createRequest(searchRequestBody(customerId, { contactEmail: 'anna@kunde.de' })),
      201,
    );
    expect(created).toMatchObject({
      customerId,
      origin: 'search',
      contactEmail: 'anna@kunde.de',
      status: 'pending',
      attempt: 1,
      attemptsLeft: 2,
      respondedAt: null,
      comment: null,
    });
    expect(millis(created.expiresAt) - millis(created.sentAt)).toBe(30 * DAY_MS);
    expect(await latestRequestTo(customerId)).toEqual(created);
  });

  it('R6: an unknown customer gets 404 customer_not_found naming customerId', async () => {
    expect(failureOf(await createRequest(searchRequestBody('no-such-customer')))).toEqual({
      status: 404,
      code: 'customer_not_found',
      field: 'customerId',
    });
    expect(
      failureOf(await createRequest({ customerId: 'no-such-customer', origin: 'suggestion' })),
    ).toMatchObject({ status: 404, code: 'customer_not_found' });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['without @', 'anna.kunde.de'],
    ['without a domain dot', 'anna@kunde'],
    ['with spaces', 'anna maria@kunde.de'],
    ['255 characters long', emailOfLength(255)],
    ['with a NUL character', 'anna\u0000@kunde.de'],
    ['with BEL and ESC', 'anna\u0007\u001b@kunde.de'],
    ['with a zero-width space', 'an\u200bna@kunde.de'],
    ['with a zero-width no-break space at the end', 'anna@kunde.de\ufeff'],
    ['with a bidi override (shows as another address)', 'anna@\u202eed.ednuk'],
    ['with a bidi isolate', 'anna@kunde\u2067.de'],
  ])(
    'R6: a contact email that is %s gets 422 invalid_email naming contactEmail',
    async (_name, email) => {
      const { customerId } = await aSuggestion();
      const body = searchRequestBody(customerId, { contactEmail: email });
      expect(failureOf(await createRequest(body))).toEqual({
        status: 422,
        code: 'invalid_email',
        field: 'contactEmail',
      });
      expect(await latestRequestTo(customerId)).toBeUndefined();
    },
  );

  it('R6: a contact email of exactly 254 characters is accepted', async () => {
    const { customerId } = await aSuggestion();
    const email = emailOfLength(254);
    expect(email).toHaveLength(254);
    const created = expectStatus(
      await createRequest(searchRequestBody(customerId, { contactEmail: email })),
      201,
    );
    expect(created.contactEmail).toBe(email);
  });

  it.each([
    ['empty', ''],
    ['missing', undefined],
    ['"fail"', 'fail'],
  ])(
    'R6: a captcha token that is %s gets 422 captcha_failed naming captchaToken',
    async (_name, token) => {
      const { customerId } = await aSuggestion();
      expect(
        failureOf(await createRequest(searchRequestBody(customerId, { captchaToken: token }))),
      ).toEqual({
        status: 422,
        code: 'captcha_failed',
        field: 'captchaToken',
      });
    },
  );

  it('R6: a captcha token over 4096 characters gets 422 invalid_input and is not remembered', async () => {
    const { customerId } = await aSuggestion();
    const huge = 'x'.repeat(1_000_000);
    expect(
      failureOf(
        await createRequest(
          searchRequestBody(customerId, { captchaToken: huge, confirmed: false }),
        ),
      ),
    ).toEqual({ status: 422, code: 'invalid_input', field: 'captchaToken' });
    // 4096 characters fit.
    expectStatus(
      await createRequest(searchRequestBody(customerId, { captchaToken: 'y'.repeat(4096) })),
      201,
    );
  });

  it('R6: a captcha token used once is refused the second time with captcha_failed', async () => {
    const first = await aSuggestion(0);
    const second = await aSuggestion(1);
    const token = freshCaptchaToken();
    expectStatus(
      await createRequest(searchRequestBody(first.customerId, { captchaToken: token })),
      201,
    );
    expect(
      failureOf(await createRequest(searchRequestBody(second.customerId, { captchaToken: token }))),
    ).toEqual({ status: 422, code: 'captcha_failed', field: 'captchaToken' });
  });

  it('R6: a captcha token is used up once it verifies, even when the confirmation then fails', async () => {
    const { customerId } = await aSuggestion();
    const token = freshCaptchaToken();
    expect(
      failureOf(
        await createRequest(
          searchRequestBody(customerId, { captchaToken: token, confirmed: false }),
        ),
      ),
    ).toEqual({ status: 422, code: 'not_confirmed', field: 'confirmed' });
    expect(
      failureOf(await createRequest(searchRequestBody(customerId, { captchaToken: token }))),
    ).toEqual({ status: 422, code: 'captcha_failed', field: 'captchaToken' });
    expectStatus(await createRequest(searchRequestBody(customerId)), 201);
  });

  it.each([
    ['false', false],
    ['missing', undefined],
  ])(
    'R6: a confirmation that is %s gets 422 not_confirmed naming confirmed',
    async (_name, confirmed) => {
      const { customerId } = await aSuggestion();
      expect(failureOf(await createRequest(searchRequestBody(customerId, { confirmed })))).toEqual({
        status: 422,
        code: 'not_confirmed',
        field: 'confirmed',
      });
      expect(await latestRequestTo(customerId)).toBeUndefined();
    },
  );

  it('invalid_input: a body of the wrong shape gets 422 invalid_input naming the field', async () => {
    const { customerId } = await aSuggestion();
    expect(failureOf(await createRequest({ customerId, origin: 'email' }))).toEqual({
      status: 422,
      code: 'invalid_input',
      field: 'origin',
    });
    expect(failureOf(await createRequest({ origin: 'suggestion' }))).toEqual({
      status: 422,
      code: 'invalid_input',
      field: 'customerId',
    });
    expect(
      failureOf(await createRequest(searchRequestBody(customerId, { confirmed: 'yes' }))),
    ).toMatchObject({ status: 422, code: 'invalid_input', field: 'confirmed' });
  });
});

describe('R7: a request from a suggestion needs only the customer', () => {
  it('R7: it is created at once with origin suggestion and contactEmail null', async () => {
    const { customerId, customerName } = await aSuggestion();
    const created = expectStatus(await createRequest({ customerId, origin: 'suggestion' }), 201);
    expect(created).toMatchObject({
      customerId,
      customerName,
      origin: 'suggestion',
      contactEmail: null,
      status: 'pending',
      attempt: 1,
      attemptsLeft: 2,
    });
    expect(await getHistory(created.id)).toEqual([created]);
  });

  it('R7: email, captcha and confirmation are ignored for a suggestion (no captcha is spent)', async () => {
    const { customerId } = await aSuggestion();
    const token = freshCaptchaToken();
    const created = expectStatus(
      await createRequest({
        customerId,
        origin: 'suggestion',
        contactEmail: 'x@y.de',
        captchaToken: token,
      }),
      201,
    );
    expect(created.contactEmail).toBeNull();
    const other = await aSuggestion();
    expectStatus(
      await createRequest(searchRequestBody(other.customerId, { captchaToken: token })),
      201,
    );
  });

  it('R7: the connected customer is no longer suggested', async () => {
    const { customerId } = await aSuggestion();
    expectStatus(await createRequest({ customerId, origin: 'suggestion' }), 201);
    const { items } = await listSuggestions();
    expect(items.map((s) => s.customerId)).not.toContain(customerId);
  });
});
