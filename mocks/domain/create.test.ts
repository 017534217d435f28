import { beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, EXPIRY_DAYS, MAX_EMAIL_LENGTH } from '../../src/contract';
import { expectDomainError } from '../testing/expect-domain-error';
import { fromSearch, fromSuggestion, latestOf } from '../testing/requests';
import { T0, daysAfterT0, idOf, worldFor } from '../testing/test-world';
import { createRequest } from './create';
import { withdrawRequest } from './requests';
import type { World } from './world';

let world: World;
beforeEach(() => {
  world = worldFor('default');
});

describe('R2 on create', () => {
  it('a request sent now expires at now + 30 days', () => {
    const created = createRequest(world, fromSuggestion(idOf('angstroem')), T0);
    expect(Date.parse(created.expiresAt) - Date.parse(created.sentAt)).toBe(EXPIRY_DAYS * DAY_MS);
  });
});

describe('R3 attempts and the create rules', () => {
  it('counts attempts 1, 2, 3 with withdraw and expiry between; the 4th is request_limit_reached', () => {
    const id = idOf('angstroem');
    const first = createRequest(world, fromSuggestion(id), T0);
    expect([first.attempt, first.attemptsLeft]).toEqual([1, 2]);
    withdrawRequest(world, first.id, T0);
    const second = createRequest(world, fromSuggestion(id), T0 + 1000);
    expect([second.attempt, second.attemptsLeft]).toEqual([2, 1]);
    const later = daysAfterT0(31);
    const third = createRequest(world, fromSuggestion(id), later);
    expect([third.attempt, third.attemptsLeft]).toEqual([3, 0]);
    withdrawRequest(world, third.id, later);
    expectDomainError(
      () => createRequest(world, fromSuggestion(id), later),
      'request_limit_reached',
    );
  });

  it('withdraw then resend at once is allowed while attempts are left', () => {
    const pending = latestOf(world, idOf('muellerLogistik'));
    if (!pending) throw new Error('seed');
    withdrawRequest(world, pending.id, T0);
    const again = createRequest(world, fromSuggestion(idOf('muellerLogistik')), T0);
    expect(again).toMatchObject({
      status: 'pending',
      attempt: 2,
      attemptsLeft: 1,
      contactEmail: null,
    });
  });

  it('an expired customer with attempts left can be requested again', () => {
    const again = createRequest(world, fromSuggestion(idOf('grosshandel')), T0);
    expect(again.attempt).toBe(2);
  });

  it.each([
    ['oestergaard', 'already_connected'],
    ['muellerLogistik', 'request_pending'],
    ['zuercher', 'request_rejected'],
    ['celik', 'request_limit_reached'],
    ['bundesamt', 'requests_disabled'],
  ] as const)('%s → 409 %s', (key, code) => {
    const error = expectDomainError(
      () => createRequest(world, fromSuggestion(idOf(key)), T0),
      code,
    );
    expect(error.status).toBe(409);
  });

  it('an unknown customer is 404 customer_not_found on customerId', () => {
    const error = expectDomainError(
      () => createRequest(world, fromSuggestion('cust-nope'), T0),
      'customer_not_found',
      'customerId',
    );
    expect(error.status).toBe(404);
  });

  it('checks R11 before R3 and conflicts before fields', () => {
    expectDomainError(
      () => createRequest(world, fromSearch(idOf('bundesamt'), { contactEmail: 'bad' }), T0),
      'requests_disabled',
    );
    expectDomainError(
      () => createRequest(world, fromSearch(idOf('zuercher'), { contactEmail: 'bad' }), T0),
      'request_rejected',
    );
  });

  it.each([
    [{ origin: 'suggestion' }, 'customerId'],
    [{ customerId: 42, origin: 'suggestion' }, 'customerId'],
    [{ customerId: 'x', origin: 'mail' }, 'origin'],
    [{ customerId: 'x', origin: 'search', contactEmail: 7 }, 'contactEmail'],
    [{ customerId: 'x', origin: 'search', confirmed: 'yes' }, 'confirmed'],
    [null, 'body'],
    ['text', 'body'],
  ])('wrong shape %j → 422 invalid_input on %s', (body, field) => {
    expectDomainError(() => createRequest(world, body, T0), 'invalid_input', field);
  });
});

describe('R6 and R7', () => {
  it('a request from a search keeps the trimmed email; one from a suggestion has none', () => {
    const search = createRequest(
      world,
      fromSearch(idOf('angstroem'), { contactEmail: ' a@b.se ' }),
      T0,
    );
    expect(search).toMatchObject({ origin: 'search', contactEmail: 'a@b.se', status: 'pending' });
    const suggestion = createRequest(
      world,
      { ...fromSuggestion(idOf('dubois')), contactEmail: 'ignored@x.fr' },
      T0,
    );
    expect(suggestion).toMatchObject({ origin: 'suggestion', contactEmail: null });
  });

  it('email: 254 characters pass, 255 fail, counted in code points', () => {
    const at254 = `${'a'.repeat(64)}@${'b'.repeat(185)}.com`;
    expect(at254).toHaveLength(MAX_EMAIL_LENGTH);
    expect(
      createRequest(world, fromSearch(idOf('angstroem'), { contactEmail: at254 }), T0),
    ).toMatchObject({ contactEmail: at254 });
    expectDomainError(
      () => createRequest(world, fromSearch(idOf('dubois'), { contactEmail: `a${at254}` }), T0),
      'invalid_email',
      'contactEmail',
    );
    // 254 characters of which 20 are emoji: 274 UTF-16 units, still 254 characters.
    const emoji = `${'😀'.repeat(20)}${'a'.repeat(44)}@${'b'.repeat(185)}.com`;
    expect(
      createRequest(world, fromSearch(idOf('dubois'), { contactEmail: emoji }), T0).contactEmail,
    ).toBe(emoji);
  });

  it.each([
    '',
    'plain',
    'a@b',
    'a b@c.de',
    '@c.de',
    'a@@c.de',
    // Control characters: NUL, BEL, ESC, DEL and a trailing line feed trim() would drop.
    'buyer\u0000@obrien.ie',
    'buyer\u0007@obrien.ie',
    'buyer@obrien\u001b.ie',
    'buyer\u007f@obrien.ie',
    'buyer@obrien.ie\n',
    // Zero-width space, joiner, no-break space (BOM), soft hyphen.
    'buy\u200ber@obrien.ie',
    'buyer@obr\u200dien.ie',
    'buyer@obrien.ie\ufeff',
    'buy\u00ader@obrien.ie',
    // Bidi overrides and isolates: "moc.liame@x" that displays as another address.
    'buyer@\u202eei.neirbo',
    'buyer@obrien\u2066.ie',
    'buyer@obrien\u200f.ie',
    // A lone surrogate.
    'buyer\ud800@obrien.ie',
  ])('refuses email %j', (email) => {
    expectDomainError(
      () => createRequest(world, fromSearch(idOf('angstroem'), { contactEmail: email }), T0),
      'invalid_email',
      'contactEmail',
    );
  });
});
