import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_OFFSET_DAYS } from '../src/contract';
import { MAX_USED_CAPTCHA_TOKENS } from './domain/captcha';
import { createRequest } from './domain/create';
import { MAX_IDEMPOTENCY_ANSWERS } from './domain/idempotency';
import { MemoryStorage } from './memory-storage';
import { initMockStore, getMockStore, MockStore, REVISION_KEY, STORAGE_KEY } from './store';
import { fromSuggestion } from './testing/requests';
import { fixedClock, page, storageWith } from './testing/stored';
import { idOf } from './testing/test-world';

describe('corrupt or hostile stored state', () => {
  it.each([
    ['corrupt JSON', '{"version":2,'],
    ['an old version', JSON.stringify({ version: 1, scenario: 'default' })],
    ['an unknown scenario', JSON.stringify({ version: 2, scenario: 'huge' })],
    ['not an object', '[]'],
  ])('replaces %s with the default scenario and a state_reset notice', (_label, stored) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, stored);
    const store = new MockStore({ storage, realNow: fixedClock });
    expect(store.notice?.code).toBe('state_reset');
    expect(store.world.scenario).toBe('default');
    expect(page(store).total).toBe(12);
    // The replacement is stored, so the next load is clean.
    expect(new MockStore({ storage, realNow: fixedClock }).notice).toBeNull();
  });

  type Edit = (state: Record<string, unknown>) => void;
  const request = (state: Record<string, unknown>) =>
    (state.upserts as Record<string, unknown>[])[0] as Record<string, unknown>;
  const hostile: [string, Edit][] = [
    ['clockOffsetDays 1e9', (s) => (s.clockOffsetDays = 1e9)],
    ['clockOffsetDays past its limit', (s) => (s.clockOffsetDays = MAX_CLOCK_OFFSET_DAYS + 1)],
    ['anchor 1e300', (s) => (s.anchor = 1e300)],
    ['anchor -1e15', (s) => (s.anchor = -1e15)],
    ['nextRequestNumber 0', (s) => (s.nextRequestNumber = 0)],
    ['nextRequestNumber 1 beside a stored req-n1', (s) => (s.nextRequestNumber = 1)],
    ['nextRequestNumber 1e300', (s) => (s.nextRequestNumber = 1e300)],
    ['searchesUsed 1e9', (s) => (s.searchesUsed = 1e9)],
    ['searchesUsed -1', (s) => (s.searchesUsed = -1)],
    ['latencyMs 1e9', (s) => (s.faults = { latencyMs: 1e9, failureRate: 0 })],
    ['failureRate NaN (stored as null)', (s) => (s.faults = { latencyMs: 0, failureRate: null })],
    ['a request sent at 1e300', (s) => (request(s).sentAt = 1e300)],
    ['a request answered at -1e300', (s) => (request(s).respondedAt = -1e300)],
    ['a request with attempt 4', (s) => (request(s).attempt = 4)],
    ['a comment of 501 characters', (s) => (request(s).comment = 'c'.repeat(501))],
    ['an email of 1,000 characters', (s) => (request(s).contactEmail = 'e'.repeat(1000))],
    ['a request id of 10,000 characters', (s) => (request(s).id = 'r'.repeat(10_000))],
    [
      'more idempotency answers than kept',
      (s) =>
        (s.idempotency = Array.from({ length: MAX_IDEMPOTENCY_ANSWERS + 1 }, (_, n) => [
          `k${String(n)}`,
          { status: 201, body: {}, fingerprint: 'f', at: fixedClock() },
        ])),
    ],
    [
      'an idempotency answer with status 1e9',
      (s) => (s.idempotency = [['k', { status: 1e9, body: {}, fingerprint: 'f', at: 0 }]]),
    ],
    [
      'more used tokens than kept',
      (s) =>
        (s.usedCaptchaTokens = Array.from({ length: MAX_USED_CAPTCHA_TOKENS + 1 }, (_, n) => [
          String(n),
          fixedClock(),
        ])),
    ],
    ['a used token stored as a 1 MB string', (s) => (s.usedCaptchaTokens = [['t'.repeat(1e6), 0]])],
    ['a key in flight since 1e300', (s) => (s.keysInFlight = [['k', 1e300]])],
    [
      'a dismissed list longer than the suggestions',
      (s) => (s.dismissed = Array.from({ length: 1000 }, () => 'x')),
    ],
  ];

  it.each(hostile)('replaces a state with %s by the default scenario and a notice', (_, edit) => {
    const storage = storageWith(edit);
    const store = new MockStore({ storage, realNow: fixedClock });
    expect(store.notice?.code).toBe('state_reset');
    // Every read that used to fail with "Invalid time value" or a duplicate id now works.
    expect(page(store).total).toBe(12);
    expect(
      store.write((world, now) => createRequest(world, fromSuggestion(idOf('dubois')), now)).id,
    ).toBe('req-n1');
  });

  it('loads a state whose every number is at its limit', () => {
    const storage = storageWith((s) => {
      s.clockOffsetDays = MAX_CLOCK_OFFSET_DAYS;
      s.searchesUsed = 5;
      s.faults = { latencyMs: 30_000, failureRate: 1 };
    });
    const store = new MockStore({ storage, realNow: fixedClock });
    expect(store.notice).toBeNull();
    expect(page(store).total).toBe(13);
  });

  it('replaces a state whose request fails validation', () => {
    const storage = storageWith((state) => {
      (state.upserts as unknown[])[0] = { customerId: 'cust-nope' };
    });
    expect(new MockStore({ storage, realNow: fixedClock }).notice?.code).toBe('state_reset');
  });

  it('resets whatever is stored, without reading it', () => {
    const storage = new MemoryStorage();
    const store = new MockStore({ storage, realNow: fixedClock });
    storage.setItem(STORAGE_KEY, '{"version":2,"clockOffsetDays":1e9');
    storage.setItem(REVISION_KEY, '99');
    store.reset();
    expect(store.world.scenario).toBe('default');
    expect(new MockStore({ storage, realNow: fixedClock }).notice).toBeNull();
  });

  it('starts the default scenario without a notice when nothing is stored', () => {
    const store = initMockStore({ storage: new MemoryStorage(), realNow: fixedClock });
    expect(store.notice).toBeNull();
    expect(getMockStore()).toBe(store);
    expect(store.world.scenario).toBe('default');
  });
});
