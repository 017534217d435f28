import { beforeEach, describe, expect, it } from 'vitest';
import { FAILING_CAPTCHA_TOKEN } from '../../src/contract';
import { expectDomainError } from '../testing/expect-domain-error';
import { fromSearch } from '../testing/requests';
import { T0, idOf, worldFor } from '../testing/test-world';
import {
  MAX_CAPTCHA_TOKEN_LENGTH,
  MAX_USED_CAPTCHA_TOKENS,
  USED_CAPTCHA_TOKEN_TTL_MS,
} from './captcha';
import { createRequest } from './create';
import type { World } from './world';

let world: World;
beforeEach(() => {
  world = worldFor('default');
});

describe('R6: the captcha token of a request from a search', () => {
  it('refuses an empty token, the token "fail" and a reused token', () => {
    const id = idOf('angstroem');
    expectDomainError(
      () => createRequest(world, fromSearch(id, { captchaToken: '' }), T0),
      'captcha_failed',
      'captchaToken',
    );
    expectDomainError(
      () => createRequest(world, fromSearch(id, { captchaToken: FAILING_CAPTCHA_TOKEN }), T0),
      'captcha_failed',
      'captchaToken',
    );
    createRequest(world, fromSearch(id, { captchaToken: 'once' }), T0);
    expectDomainError(
      () => createRequest(world, fromSearch(idOf('dubois'), { captchaToken: 'once' }), T0),
      'captcha_failed',
      'captchaToken',
    );
  });

  it('a token is used up once it verifies, even when the confirmation then fails', () => {
    const id = idOf('angstroem');
    expectDomainError(
      () => createRequest(world, fromSearch(id, { captchaToken: 'spent', confirmed: false }), T0),
      'not_confirmed',
      'confirmed',
    );
    expectDomainError(
      () => createRequest(world, fromSearch(id, { captchaToken: 'spent' }), T0),
      'captcha_failed',
    );
  });

  it('a token is not used when the email fails first', () => {
    const id = idOf('angstroem');
    expectDomainError(
      () => createRequest(world, fromSearch(id, { captchaToken: 'kept', contactEmail: 'x' }), T0),
      'invalid_email',
    );
    expect(createRequest(world, fromSearch(id, { captchaToken: 'kept' }), T0).status).toBe(
      'pending',
    );
  });

  it('refuses a captcha token over 4096 characters as invalid input, before any rule', () => {
    const id = idOf('zuercher'); // rejected: a conflict, yet the oversized token is refused first
    expectDomainError(
      () =>
        createRequest(
          world,
          fromSearch(id, { captchaToken: 't'.repeat(MAX_CAPTCHA_TOKEN_LENGTH + 1) }),
          T0,
        ),
      'invalid_input',
      'captchaToken',
    );
    const fits = 't'.repeat(MAX_CAPTCHA_TOKEN_LENGTH);
    expect(
      createRequest(world, fromSearch(idOf('angstroem'), { captchaToken: fits }), T0).status,
    ).toBe('pending');
  });

  it('remembers used tokens by a short hash, for 24 hours and at most 1,000', () => {
    const id = idOf('angstroem');
    const huge = 'x'.repeat(MAX_CAPTCHA_TOKEN_LENGTH);
    expectDomainError(
      () => createRequest(world, fromSearch(id, { captchaToken: huge, confirmed: false }), T0),
      'not_confirmed',
    );
    const [remembered] = [...world.usedCaptchaTokens.keys()];
    expect(remembered?.length).toBeLessThan(20);
    // Used again within the day: refused; a day later it is forgotten.
    expectDomainError(
      () => createRequest(world, fromSearch(id, { captchaToken: huge }), T0 + 1000),
      'captcha_failed',
    );
    expect(
      createRequest(world, fromSearch(id, { captchaToken: huge }), T0 + USED_CAPTCHA_TOKEN_TTL_MS)
        .status,
    ).toBe('pending');

    for (let n = 0; n < MAX_USED_CAPTCHA_TOKENS + 5; n += 1) {
      expectDomainError(
        () =>
          createRequest(
            world,
            fromSearch(idOf('dubois'), { captchaToken: `bulk-${n}`, confirmed: false }),
            T0 + USED_CAPTCHA_TOKEN_TTL_MS,
          ),
        'not_confirmed',
      );
    }
    expect(world.usedCaptchaTokens.size).toBe(MAX_USED_CAPTCHA_TOKENS);
    // The oldest went first: the newest is still refused.
    expectDomainError(
      () =>
        createRequest(
          world,
          fromSearch(idOf('dubois'), { captchaToken: `bulk-${MAX_USED_CAPTCHA_TOKENS + 4}` }),
          T0 + USED_CAPTCHA_TOKEN_TTL_MS,
        ),
      'captcha_failed',
    );
  });

  it('a missing confirmation is not_confirmed', () => {
    const withoutConfirmation = {
      customerId: idOf('angstroem'),
      origin: 'search',
      contactEmail: 'buyer@example.com',
      captchaToken: 'unconfirmed',
    };
    expectDomainError(
      () => createRequest(world, withoutConfirmation, T0),
      'not_confirmed',
      'confirmed',
    );
  });
});
