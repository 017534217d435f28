import { beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionRequest } from '../../src/contract';
import { NAMED } from '../data/catalogue';
import { T0, daysAfterT0, idOf, worldFor } from '../data/test-world';
import { DAY_MS } from './clock';
import { DomainError } from './errors';
import {
  admitIdempotencyKey,
  createRequest,
  createRequestIdempotently,
  historyOf,
  IDEMPOTENCY_ANSWER_TTL_MS,
  isValidEmail,
  KEY_IN_FLIGHT_TTL_MS,
  listRequests,
  MAX_CAPTCHA_TOKEN_LENGTH,
  MAX_IDEMPOTENCY_ANSWERS,
  MAX_USED_CAPTCHA_TOKENS,
  parseListQuery,
  releaseIdempotencyKey,
  USED_CAPTCHA_TOKEN_TTL_MS,
  withdrawRequest,
} from './requests';
import { MAX_LATENCY_MS } from './demo';
import { mergeDuplicateAccount } from './merge';
import { respondToRequest } from './respond';
import { normalizeName } from './normalize';
import { expectDomainError } from './test-expect';
import type { World } from './world';

let world: World;
beforeEach(() => {
  world = worldFor('default');
});

const fromSuggestion = (customerId: string) => ({ customerId, origin: 'suggestion' });
let tokenNumber = 0;
const fromSearch = (customerId: string, overrides: Record<string, unknown> = {}) => ({
  customerId,
  origin: 'search',
  contactEmail: 'buyer@example.com',
  captchaToken: `token-${String((tokenNumber += 1))}`,
  confirmed: true,
  ...overrides,
});

function list(query: string, now = T0) {
  return listRequests(world, parseListQuery(new URLSearchParams(query)), now);
}

function latestOf(customerId: string, now = T0): ConnectionRequest | undefined {
  return list('pageSize=100', now).items.find((r) => r.customerId === customerId);
}

describe('R2 in the list', () => {
  it('the 29-day-old request is pending, and expired one day later', () => {
    const id = idOf('societeGenerale');
    expect(latestOf(id)?.status).toBe('pending');
    expect(latestOf(id, daysAfterT0(1))?.status).toBe('expired');
  });

  it('a request sent now expires at now + 30 days', () => {
    const created = createRequest(world, fromSuggestion(idOf('angstroem')), T0);
    expect(Date.parse(created.expiresAt) - Date.parse(created.sentAt)).toBe(30 * DAY_MS);
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
    const pending = latestOf(idOf('muellerLogistik'));
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

  it('email: 254 characters pass, 255 fail', () => {
    const at254 = `${'a'.repeat(64)}@${'b'.repeat(185)}.com`;
    expect(at254).toHaveLength(254);
    expect(isValidEmail(at254)).toBe(true);
    expect(isValidEmail(`a${at254}`)).toBe(false);
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

  it('refuses an empty token, the token "fail" and a reused token', () => {
    const id = idOf('angstroem');
    expectDomainError(
      () => createRequest(world, fromSearch(id, { captchaToken: '' }), T0),
      'captcha_failed',
      'captchaToken',
    );
    expectDomainError(
      () => createRequest(world, fromSearch(id, { captchaToken: 'fail' }), T0),
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
      createRequest(world, fromSearch(idOf('angstroem'), { captchaToken: fits }), T0),
    ).toBeTruthy();
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

describe('R8 idempotency', () => {
  it('the same key returns the first 201 body and creates nothing new', () => {
    const body = fromSuggestion(idOf('angstroem'));
    const first = createRequestIdempotently(world, 'k1', body, T0);
    const second = createRequestIdempotently(world, 'k1', body, T0 + 5000);
    expect(first.status).toBe(201);
    expect(second).toEqual(first);
    expect(world.requestsTo(idOf('angstroem'))).toHaveLength(1);
  });

  it('a repeated error is answered with the first error', () => {
    const first = createRequestIdempotently(world, 'k2', fromSuggestion(idOf('zuercher')), T0);
    const again = createRequestIdempotently(world, 'k2', fromSuggestion(idOf('zuercher')), T0);
    expect(first.status).toBe(409);
    expect(again).toEqual(first);
  });

  it('the same key with a different body is 422 idempotency_key_reused, and creates nothing', () => {
    const first = createRequestIdempotently(world, 'k3', fromSuggestion(idOf('angstroem')), T0);
    expect(first.status).toBe(201);
    expectDomainError(
      () => createRequestIdempotently(world, 'k3', fromSuggestion(idOf('dubois')), T0),
      'idempotency_key_reused',
      'Idempotency-Key',
    );
    expect(world.hasRequestsTo(idOf('dubois'))).toBe(false);
  });

  it('compares bodies by meaning: the same fields in another order are the same body', () => {
    const body = fromSearch(idOf('angstroem'));
    const first = createRequestIdempotently(world, 'k4', body, T0);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    expect(createRequestIdempotently(world, 'k4', reordered, T0)).toEqual(first);
  });

  it('keeps answers for 24 hours and at most the 200 newest', () => {
    const body = fromSuggestion(idOf('zuercher')); // 409 each time: nothing is created
    for (let n = 0; n < MAX_IDEMPOTENCY_ANSWERS + 50; n += 1) {
      createRequestIdempotently(world, `bulk-${n}`, body, T0);
    }
    expect(world.idempotency.size).toBe(MAX_IDEMPOTENCY_ANSWERS);
    expect(world.idempotency.has('bulk-0')).toBe(false);
    expect(world.idempotency.has(`bulk-${MAX_IDEMPOTENCY_ANSWERS + 49}`)).toBe(true);
    createRequestIdempotently(world, 'late', body, T0 + IDEMPOTENCY_ANSWER_TTL_MS);
    expect([...world.idempotency.keys()]).toEqual(['late']);
  });

  it('a key whose first call is in flight is 409 idempotency_key_in_flight until released', () => {
    expect(admitIdempotencyKey(world, ' k5 ', T0)).toBe('k5');
    expectDomainError(() => admitIdempotencyKey(world, 'k5', T0 + 10), 'idempotency_key_in_flight');
    releaseIdempotencyKey(world, 'k5');
    expect(
      createRequestIdempotently(world, 'k5', fromSuggestion(idOf('angstroem')), T0).status,
    ).toBe(201);
    // Answered: a repeat is admitted (and replayed), not held as in flight.
    expect(admitIdempotencyKey(world, 'k5', T0 + 20)).toBeNull();
    expect(admitIdempotencyKey(world, 'k5', T0 + 30)).toBeNull();
  });

  it('forgets an in-flight mark left by a closed tab once it outlived any latency', () => {
    expect(KEY_IN_FLIGHT_TTL_MS).toBeGreaterThan(MAX_LATENCY_MS);
    admitIdempotencyKey(world, 'k6', T0);
    expect(admitIdempotencyKey(world, 'k6', T0 + KEY_IN_FLIGHT_TTL_MS)).toBe('k6');
  });

  it('leaves absent and invalid keys to the create call', () => {
    expect(admitIdempotencyKey(world, null, T0)).toBeNull();
    expect(admitIdempotencyKey(world, '  ', T0)).toBeNull();
    expect(admitIdempotencyKey(world, 'k'.repeat(201), T0)).toBeNull();
    expect(world.keysInFlight.size).toBe(0);
  });

  it('different keys and no key create separately (the second is then a conflict)', () => {
    const body = fromSuggestion(idOf('angstroem'));
    expect(createRequestIdempotently(world, null, body, T0).status).toBe(201);
    expect(createRequestIdempotently(world, 'other', body, T0).status).toBe(409);
  });

  it('refuses a key longer than 200 characters', () => {
    expect(() => createRequestIdempotently(world, 'k'.repeat(201), {}, T0)).toThrow(DomainError);
  });
});

describe('R12 withdraw', () => {
  it('withdraws a pending request', () => {
    const pending = latestOf(idOf('nordwind'));
    if (!pending) throw new Error('seed');
    expect(withdrawRequest(world, pending.id, T0)).toMatchObject({
      status: 'withdrawn',
      respondedAt: null,
    });
  });

  it.each(['oestergaard', 'grosshandel', 'zuercher', 'kowalski'] as const)(
    'refuses the %s request (not pending) with 409 not_pending',
    (key) => {
      const request = latestOf(idOf(key));
      if (!request) throw new Error('seed');
      expectDomainError(() => withdrawRequest(world, request.id, T0), 'not_pending');
    },
  );

  it('refuses a pending request once it has expired', () => {
    const request = latestOf(idOf('societeGenerale'));
    if (!request) throw new Error('seed');
    expectDomainError(() => withdrawRequest(world, request.id, daysAfterT0(1)), 'not_pending');
  });

  it('an unknown id is 404 not_found', () => {
    expectDomainError(() => withdrawRequest(world, 'req-nope', T0), 'not_found');
  });
});

describe('list', () => {
  it('has one row per customer (the latest request), newest first by default', () => {
    const page = list('');
    const ids = page.items.map((r) => r.customerId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page.total).toBe(12);
    const sent = page.items.map((r) => Date.parse(r.sentAt));
    expect(sent).toEqual([...sent].sort((a, b) => b - a));
    expect(page.items.find((r) => r.customerId === idOf('celik'))?.attempt).toBe(3);
    expect(page.serverTime).toBe(new Date(T0).toISOString());
  });

  it.each([',', 'pending,', ',pending', 'pending,,expired', 'pending, ,expired'])(
    'refuses the status list %j: an empty entry is invalid_input on status',
    (status) => {
      expectDomainError(
        () => parseListQuery(new URLSearchParams({ status })),
        'invalid_input',
        'status',
      );
    },
  );

  it('filters by several statuses and by an accent-insensitive name', () => {
    const statuses = list('status=expired,withdrawn&pageSize=100').items.map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set(['expired', 'withdrawn']));
    expect(list('q=muller').items.map((r) => r.customerName)).toEqual(
      expect.arrayContaining([NAMED.muellerLogistik.name, NAMED.muellerLuedenscheidt.name]),
    );
    expect(list('q=ZURCHER').items.map((r) => r.customerId)).toEqual([idOf('zuercher')]);
  });

  it('sorts by customer and by status, both ways', () => {
    const names = list('sort=customer&pageSize=100').items.map((r) => r.customerName);
    const desc = list('sort=customer&order=desc&pageSize=100').items.map((r) => r.customerName);
    expect(desc).toEqual([...names].reverse());
    const statuses = list('sort=status&pageSize=100').items.map((r) => r.status);
    expect(statuses).toEqual([...statuses].sort());
    const statusesDesc = list('sort=status&order=desc&pageSize=100').items.map((r) => r.status);
    expect(statusesDesc).toEqual([...statuses].sort().reverse());
  });

  it('pages from 1 and answers a pageSize above 100 with 100', () => {
    const first = list('pageSize=5&page=1');
    const third = list('pageSize=5&page=3');
    expect(first.items).toHaveLength(5);
    expect(third.items).toHaveLength(2);
    expect(list('page=9').items).toEqual([]);
    expect(list('pageSize=500').pageSize).toBe(100);
  });

  it.each([
    ['status=done', 'status'],
    ['sort=email', 'sort'],
    ['order=up', 'order'],
    ['page=0', 'page'],
    ['page=x', 'page'],
    ['pageSize=-1', 'pageSize'],
    [`q=${'x'.repeat(101)}`, 'q'],
  ])('%s → 422 invalid_input on %s', (query, field) => {
    expectDomainError(() => parseListQuery(new URLSearchParams(query)), 'invalid_input', field);
  });

  it('pages across status buckets exactly like the whole list', () => {
    const whole = list('sort=status&pageSize=100').items.map((r) => r.id);
    const paged = [1, 2, 3].flatMap((n) =>
      list(`sort=status&pageSize=5&page=${n}`).items.map((r) => r.id),
    );
    expect(paged).toEqual(whole);
  });

  it('keeps its orderings right after creates, withdrawals and a merge', () => {
    createRequest(world, fromSuggestion(idOf('angstroem')), T0 + 1);
    createRequest(world, fromSuggestion(idOf('dubois')), T0 + 2);
    const pending = latestOf(idOf('nordwind'));
    if (!pending) throw new Error('seed');
    withdrawRequest(world, pending.id, T0 + 3);
    createRequest(world, fromSuggestion(idOf('nordwind')), T0 + 4);
    mergeDuplicateAccount(world, T0 + 5);
    const bySent = list('pageSize=100').items;
    expect(bySent[0]?.customerId).toBe(idOf('nordwind'));
    const sent = bySent.map((r) => Date.parse(r.sentAt));
    expect(sent).toEqual([...sent].sort((a, b) => b - a));
    const byName = list('sort=customer&pageSize=100').items.map((r) =>
      normalizeName(r.customerName),
    );
    expect(byName).toEqual([...byName].sort());
    expect(new Set(bySent.map((r) => r.customerId)).size).toBe(bySent.length);
    expect(list('status=pending&pageSize=100').items.map((r) => r.customerId)).toContain(
      idOf('angstroem'),
    );
  });

  it('history lists every request to that customer, newest first', () => {
    const latest = latestOf(idOf('celik'));
    if (!latest) throw new Error('seed');
    expect(historyOf(world, latest.id, T0).map((r) => [r.attempt, r.status])).toEqual([
      [3, 'expired'],
      [2, 'withdrawn'],
      [1, 'expired'],
    ]);
    expectDomainError(() => historyOf(world, 'req-nope', T0), 'not_found');
  });
});

describe('large-account', () => {
  it('has 10,000 requests to 10,000 distinct customers', () => {
    const large = worldFor('large-account');
    const page = listRequests(large, parseListQuery(new URLSearchParams('pageSize=100')), T0);
    expect(page.total).toBe(10_000);
    expect(new Set([...large.allRequests()].map((r) => r.customerId)).size).toBe(10_000);
  });
});

describe('respondedAfter: requests answered strictly after an instant', () => {
  const iso = (ms: number) => new Date(ms).toISOString();

  function answerNewestPending(on: World, now: number, decision: 'approve' | 'reject') {
    const [pending] = listRequests(
      on,
      parseListQuery(new URLSearchParams('status=pending')),
      now,
    ).items;
    if (!pending) throw new Error('no pending request');
    return respondToRequest(on, { requestId: pending.id, decision }, now);
  }

  it('finds only the answers given after the instant, not at it (exclusive)', () => {
    const answeredAt = T0 + 60_000;
    const approved = answerNewestPending(world, answeredAt, 'approve');
    const rejected = answerNewestPending(world, answeredAt + 1, 'reject');
    const since = (ms: number) => list(`respondedAfter=${iso(ms)}`, answeredAt + 2).items;
    expect(since(T0).map((r) => r.id)).toHaveLength(2);
    expect(since(T0).map((r) => r.id)).toEqual(expect.arrayContaining([rejected.id, approved.id]));
    expect(since(answeredAt).map((r) => r.id)).toEqual([rejected.id]);
    expect(since(answeredAt + 1)).toEqual([]);
  });

  it('without the filter and with an empty value, answers of any time are listed', () => {
    const answered = list('status=approved,rejected&pageSize=100').total;
    expect(answered).toBeGreaterThan(0);
    expect(list('respondedAfter=1970-01-01T00:00:00Z&pageSize=100').total).toBe(answered);
    expect(list('respondedAfter=&pageSize=100').total).toBe(list('pageSize=100').total);
  });

  it('combines with the other filters, sorting and paging', () => {
    answerNewestPending(world, T0 + 1, 'approve');
    answerNewestPending(world, T0 + 2, 'reject');
    const after = `respondedAfter=${iso(T0)}`;
    expect(list(`${after}&status=rejected`).items.map((r) => r.status)).toEqual(['rejected']);
    expect(list(`${after}&sort=status`).items.map((r) => r.status)).toEqual([
      'approved',
      'rejected',
    ]);
    expect(list(`${after}&pageSize=1&page=2`)).toMatchObject({ total: 2, items: [{}] });
  });

  it('accepts offsets and fractions of a second', () => {
    answerNewestPending(world, T0 + 1000, 'approve');
    expect(
      list(`respondedAfter=${encodeURIComponent('2026-01-15T13:00:00.500+01:00')}`).total,
    ).toBe(1);
  });

  it('large-account: an answer given now is found although thousands were sent after it', () => {
    const large = worldFor('large-account');
    const oldestPending = listRequests(
      large,
      parseListQuery(new URLSearchParams('status=pending&sort=sentAt&order=asc&pageSize=1')),
      T0,
    ).items[0];
    if (!oldestPending) throw new Error('no pending request');
    const sentAfter = listRequests(large, parseListQuery(new URLSearchParams('pageSize=1')), T0);
    expect(sentAfter.total).toBeGreaterThan(1000);
    respondToRequest(large, { requestId: oldestPending.id, decision: 'approve' }, T0 + 5);
    const since = listRequests(
      large,
      parseListQuery(new URLSearchParams(`respondedAfter=${iso(T0)}`)),
      T0 + 10,
    );
    expect(since).toMatchObject({
      total: 1,
      items: [{ id: oldestPending.id, status: 'approved' }],
    });
  });

  it.each([
    'yesterday',
    '2026-01-15',
    '2026-01-15T12:00:00',
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-15T24:00:00Z',
    '2026-01-15T12:00:00+25:00',
    '1736942400000',
  ])('respondedAfter=%s → 422 invalid_input on respondedAfter', (value) => {
    expectDomainError(
      () => parseListQuery(new URLSearchParams({ respondedAfter: value })),
      'invalid_input',
      'respondedAfter',
    );
  });
});
