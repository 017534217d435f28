import { describe, expect, it } from 'vitest';
import { DAY_MS, MAX_COMMENT_LENGTH } from '../src/contract';
import { MAX_USED_CAPTCHA_TOKENS } from './domain/captcha';
import { createRequest } from './domain/create';
import { demoState } from './domain/demo';
import { createRequestIdempotently, MAX_IDEMPOTENCY_ANSWERS } from './domain/idempotency';
import { mergeDuplicateAccount } from './domain/merge';
import { respondToRequest } from './domain/respond';
import { searchCatalogue } from './domain/search';
import { dismissSuggestion } from './domain/suggestions';
import { MemoryStorage } from './memory-storage';
import { getMockStore, MockStore, resetMockStore, STORAGE_KEY } from './store';
import { expectDomainError } from './testing/expect-domain-error';
import { fromSearch, fromSuggestion } from './testing/requests';
import { fixedClock, page, storedState } from './testing/stored';
import { idOf } from './testing/test-world';

describe('persistence', () => {
  it('round-trips requests, dismissals, counters, clock, role, faults and captcha tokens', () => {
    const storage = new MemoryStorage();
    const first = new MockStore({ storage, realNow: fixedClock });
    first.write((world, now) => {
      createRequest(world, fromSuggestion(idOf('angstroem')), now);
      createRequest(world, fromSearch(idOf('dubois'), { captchaToken: 't1' }), now);
      dismissSuggestion(world, idOf('papeleria'));
      searchCatalogue(world, 'muller', now);
      world.clockOffsetDays = 3;
      world.clockFrozenAt = fixedClock() + 12_345;
      world.role = 'member';
      world.faults = { latencyMs: 10, failureRate: 0.5 };
    });
    const reloaded = new MockStore({ storage, realNow: fixedClock });
    expect(reloaded.notice).toBeNull();
    expect(page(reloaded)).toEqual(page(first));
    const world = reloaded.world;
    expect([world.searchesUsed, world.clockOffsetDays, world.role]).toEqual([1, 3, 'member']);
    expect(reloaded.now()).toBe(fixedClock() + 12_345);
    expect(world.faults).toEqual({ latencyMs: 10, failureRate: 0.5 });
    expect(world.dismissed.has(idOf('papeleria'))).toBe(true);
    expect(world.usedCaptchaTokens.size).toBe(1);
    expect(world.nextRequestId()).toBe('req-n3');
  });

  it('keeps texts the rules count in characters, not UTF-16 units, across a reload', () => {
    const storage = new MemoryStorage();
    const store = new MockStore({ storage, realNow: fixedClock });
    // 500 emoji are 500 characters (R9) but 1,000 UTF-16 units.
    const comment = '😀'.repeat(MAX_COMMENT_LENGTH);
    const email = `${'😀'.repeat(20)}${'a'.repeat(44)}@${'b'.repeat(185)}.com`;
    store.write((world, now) => {
      const [pending] = demoState(world, now).pending.items;
      if (!pending) throw new Error('no pending request');
      respondToRequest(world, { requestId: pending.id, decision: 'reject', comment }, now);
      createRequest(
        world,
        fromSearch(idOf('dubois'), { captchaToken: 't1', contactEmail: email }),
        now,
      );
    });
    const reloaded = new MockStore({ storage, realNow: fixedClock });
    expect(reloaded.notice).toBeNull();
    const items = page(reloaded).items;
    expect(items.find((r) => r.status === 'rejected' && r.comment === comment)).toBeDefined();
    expect(items.find((r) => r.customerId === idOf('dubois'))?.contactEmail).toBe(email);
  });

  it('a used captcha token stays used after a reload', () => {
    const storage = new MemoryStorage();
    new MockStore({ storage, realNow: fixedClock }).write((world, now) =>
      createRequest(world, fromSearch(idOf('dubois'), { captchaToken: 't1' }), now),
    );
    const reloaded = new MockStore({ storage, realNow: fixedClock });
    expectDomainError(
      () =>
        reloaded.write((world, now) =>
          createRequest(world, fromSearch(idOf('obrien'), { captchaToken: 't1' }), now),
        ),
      'captcha_failed',
    );
  });

  it('keeps the seeded dates across a reload (they are anchored at the first load)', () => {
    const storage = new MemoryStorage();
    let now = fixedClock();
    const first = new MockStore({ storage, realNow: () => now });
    first.write(() => undefined);
    now += 2 * DAY_MS;
    const reloaded = new MockStore({ storage, realNow: () => now });
    expect(reloaded.world.anchor).toBe(first.world.anchor);
  });

  it('round-trips a merge', () => {
    const storage = new MemoryStorage();
    const first = new MockStore({ storage, realNow: fixedClock });
    first.write((world, now) => mergeDuplicateAccount(world, now));
    const reloaded = new MockStore({ storage, realNow: fixedClock });
    expect(page(reloaded)).toEqual(page(first));
    expect(reloaded.world.duplicateAccount).toHaveLength(0);
  });

  it('reads a state saved before the clock could be frozen as a running clock; refuses a bad one', () => {
    const storage = new MemoryStorage();
    new MockStore({ storage, realNow: fixedClock }).write((world) => {
      world.clockOffsetDays = 2;
    });
    const stored = storedState(storage);
    delete stored.clockFrozenAt;
    storage.setItem(STORAGE_KEY, JSON.stringify(stored));
    const older = new MockStore({ storage, realNow: fixedClock });
    expect(older.notice).toBeNull();
    expect(older.now()).toBe(fixedClock() + 2 * DAY_MS);

    storage.setItem(STORAGE_KEY, JSON.stringify({ ...stored, clockFrozenAt: 'noon' }));
    expect(new MockStore({ storage, realNow: fixedClock }).notice?.code).toBe('state_reset');
  });

  it('stores large-account in a few kilobytes, even after changes', () => {
    const storage = new MemoryStorage();
    const store = new MockStore({ storage, realNow: fixedClock });
    store.loadScenario('large-account');
    store.write((world, now) => {
      const suggestion = world.suggestions[0];
      if (!suggestion) throw new Error('no suggestions');
      createRequest(world, { customerId: suggestion.customerId, origin: 'suggestion' }, now);
      searchCatalogue(world, 'nord', now);
    });
    const bytes = new TextEncoder().encode(storage.getItem(STORAGE_KEY) ?? '').length;
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(4_000);
    const reloaded = new MockStore({ storage, realNow: fixedClock });
    expect(page(reloaded).total).toBe(10_001);
  });

  it('stays bounded under a flood of refused requests with huge tokens and new keys', () => {
    const storage = new MemoryStorage();
    const store = new MockStore({ storage, realNow: fixedClock });
    const hugeToken = (n: number) => `${String(n)}-${'x'.repeat(4000)}`;
    for (let n = 0; n < MAX_USED_CAPTCHA_TOKENS + 100; n += 1) {
      expectDomainError(
        () =>
          store.write((world, now) =>
            createRequest(
              world,
              fromSearch(idOf('angstroem'), { captchaToken: hugeToken(n), confirmed: false }),
              now,
            ),
          ),
        'not_confirmed',
      );
    }
    for (let n = 0; n < MAX_IDEMPOTENCY_ANSWERS + 100; n += 1) {
      const answer = store.write((world, now) =>
        createRequestIdempotently(world, `key-${String(n)}`, fromSuggestion(idOf('zuercher')), now),
      );
      expect(answer.status).toBe(409);
    }
    // A few tens of kilobytes, not 4 MB: tokens are kept as short hashes, and only so many.
    expect(storage.getItem(STORAGE_KEY)?.length).toBeLessThan(120_000);
    const reloaded = new MockStore({ storage, realNow: fixedClock });
    expect(reloaded.notice).toBeNull();
    expect(reloaded.world.usedCaptchaTokens.size).toBe(MAX_USED_CAPTCHA_TOKENS);
    expect(reloaded.world.idempotency.size).toBe(MAX_IDEMPOTENCY_ANSWERS);
  });
});

describe('resetMockStore', () => {
  it('gives a fresh in-memory default store', () => {
    const dirty = resetMockStore();
    dirty.write((world) => {
      world.searchesUsed = 5;
      world.faults = { latencyMs: 0, failureRate: 1 };
    });
    const fresh = resetMockStore();
    expect(fresh).not.toBe(dirty);
    expect(getMockStore()).toBe(fresh);
    expect([fresh.world.searchesUsed, fresh.world.faults.failureRate, fresh.notice]).toEqual([
      0,
      0,
      null,
    ]);
  });

  it('can start with another scenario', () => {
    expect(resetMockStore('member').world.role).toBe('member');
  });
});
