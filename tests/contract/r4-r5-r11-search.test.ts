import { describe, expect, it } from 'vitest';
import type { SearchState } from '../../src/contract';
import { api, failureOf } from './client';
import {
  connectFromSuggestion,
  createRequest,
  expectStatus,
  findRequest,
  getDemoState,
  getSession,
  listRequests,
  resetSearches,
  search,
  searchRequestBody,
  useSearches,
} from './helpers';

const INVALID_QUERIES: [string, string][] = [
  ['empty', ''],
  ['1 character', 'a'],
  ['1 character once trimmed', '  a  '],
  ['whitespace only', '     '],
  ['101 characters', 'a'.repeat(101)],
];

async function searchesRemaining(): Promise<number> {
  return (await getSession()).searchesRemaining;
}

describe('R4: five search attempts per user', { tags: ['demo'] }, () => {
  it('R4: each valid search spends one attempt, counting 4, 3, 2, 1, 0', async () => {
    expect(await searchesRemaining()).toBe(5);
    const counts: number[] = [];
    for (let n = 0; n < 5; n += 1)
      counts.push(expectStatus(await search('gmbh'), 200).searchesRemaining);
    expect(counts).toEqual([4, 3, 2, 1, 0]);
    expect(await searchesRemaining()).toBe(0);
  });

  it('R4: the 6th valid search is refused with 429 search_limit_reached', async () => {
    await useSearches(5);
    expect(await searchesRemaining()).toBe(0);
    expect(failureOf(await search('gmbh'))).toMatchObject({
      status: 429,
      code: 'search_limit_reached',
    });
    expect(await searchesRemaining()).toBe(0);
  });

  it('R4: the 5th search still succeeds (4 used before it)', async () => {
    await useSearches(4);
    const fifth = expectStatus(await search('gmbh'), 200);
    expect(fifth.searchesRemaining).toBe(0);
  });

  it('R4: support (POST /api/demo/reset-searches) restores 5 attempts', async () => {
    await useSearches(5);
    const state = expectStatus(await api.post('/demo/reset-searches'), 200);
    expect(state).toMatchObject({ searchesRemaining: 5 });
    expect(await searchesRemaining()).toBe(5);
    expect(expectStatus(await search('gmbh'), 200).searchesRemaining).toBe(4);
  });

  it.each(INVALID_QUERIES)(
    'R4/R5: an invalid query (%s) gets 422 invalid_query with field q and is not counted',
    async (_name, q) => {
      expect(failureOf(await search(q))).toEqual({
        status: 422,
        code: 'invalid_query',
        field: 'q',
      });
      expect(await searchesRemaining()).toBe(5);
    },
  );

  it.each(INVALID_QUERIES)(
    'R4/R5: with no attempts left, an invalid query (%s) still gets 422 invalid_query, not 429',
    async (_name, q) => {
      await useSearches(5);
      expect(failureOf(await search(q))).toMatchObject({
        status: 422,
        code: 'invalid_query',
        field: 'q',
      });
    },
  );

  it('R5: a missing q parameter is an invalid query too', async () => {
    expect(failureOf(await api.get('/customers/search'))).toMatchObject({
      status: 422,
      code: 'invalid_query',
      field: 'q',
    });
    expect(await searchesRemaining()).toBe(5);
  });

  it('R4: the demo state reports the same searches remaining', async () => {
    await useSearches(2);
    expect((await getDemoState()).searchesRemaining).toBe(3);
  });
});

describe(
  'R5: search is case- and accent-insensitive, trimmed, 2–100 characters, at most 20 matches',
  { tags: ['demo'] },
  () => {
    it('R5: "muller" finds "Müller"', async () => {
      const { items } = expectStatus(await search('muller'), 200);
      expect(items.map((hit) => hit.customerName).join(' | ')).toMatch(/Müller/);
      // German transliteration too: "Mueller" is the same name.
      expect(items.every((hit) => /m(u|ü|ue)ller/i.test(hit.customerName))).toBe(true);
    });

    it('R5: case and accents do not matter: "MÜLLER", "muller" and "Muller" find the same customers', async () => {
      const ids = async (q: string) =>
        expectStatus(await search(q), 200)
          .items.map((hit) => hit.customerId)
          .sort();
      const lower = await ids('muller');
      expect(lower.length).toBeGreaterThan(0);
      expect(await ids('MÜLLER')).toEqual(lower);
      expect(await ids('Muller')).toEqual(lower);
    });

    it('R5: the query is trimmed (" muller " = "muller"; " ab " is a valid 2-character query)', async () => {
      const plain = expectStatus(await search('muller'), 200).items;
      const padded = expectStatus(await search('  muller  '), 200).items;
      expect(padded).toEqual(plain);
      const twoChars = expectStatus(await search(' ab '), 200);
      expect(twoChars.searchesRemaining).toBe(2);
    });

    it('R5: 2 and 100 characters are the valid boundaries', async () => {
      expect((await search('ab')).status).toBe(200);
      expect((await search('a'.repeat(100))).status).toBe(200);
      expect(await searchesRemaining()).toBe(3);
    });

    it('R5: at most 20 matches are returned even when more customers match', async () => {
      const { items } = expectStatus(await search('an'), 200);
      expect(items).toHaveLength(20);
      expect(new Set(items.map((hit) => hit.customerId)).size).toBe(20);
    });
  },
);

describe(
  'Search states and R11: every hit says whether it can be requested',
  { tags: ['demo'] },
  () => {
    async function stateOf(customerId: string, customerName: string): Promise<SearchState> {
      await resetSearches();
      const { items } = expectStatus(await search(customerName), 200);
      const hit = items.find((candidate) => candidate.customerId === customerId);
      if (hit === undefined) throw new Error(`Searching "${customerName}" did not find it`);
      return hit.state;
    }

    it.each([
      ['pending', (r: { status: string }) => r.status === 'pending'],
      ['approved', (r: { status: string }) => r.status === 'approved'],
      ['rejected', (r: { status: string }) => r.status === 'rejected'],
    ] as const)(
      'a customer whose latest request is %s is shown with that state',
      async (state, predicate) => {
        const request = await findRequest(state, predicate);
        expect(await stateOf(request.customerId, request.customerName)).toBe(state);
      },
    );

    it('a customer with no attempts left is shown as limit_reached', async () => {
      const request = await findRequest(
        'expired with no attempts left',
        (r) => r.status === 'expired' && r.attemptsLeft === 0,
      );
      expect(await stateOf(request.customerId, request.customerName)).toBe('limit_reached');
    });

    it('a customer that is expired with attempts left is shown as available', async () => {
      const request = await findRequest(
        'expired with attempts left',
        (r) => r.status === 'expired' && r.attemptsLeft > 0,
      );
      expect(await stateOf(request.customerId, request.customerName)).toBe('available');
    });
  },
);

describe(
  'R11: some customers do not accept supplier-initiated requests',
  { tags: ['demo'] },
  () => {
    // A customer the seeded catalogue marks as not accepting requests (mocks/data/catalogue.ts).
    const DISABLED_NAME = 'Bundesamt für Beschaffung';

    async function disabledHit() {
      const { items } = expectStatus(await search(DISABLED_NAME), 200);
      const hit = items.find((candidate) => candidate.customerName === DISABLED_NAME);
      if (hit === undefined) throw new Error(`Searching "${DISABLED_NAME}" did not find it`);
      return hit;
    }

    it('R11: search shows such a customer as requests_disabled', async () => {
      expect((await disabledHit()).state).toBe('requests_disabled');
      const { items } = expectStatus(await search('gmbh'), 200);
      expect(items.some((hit) => hit.state === 'available')).toBe(true);
    });

    it('R11: a request to it gets 409 requests_disabled, from a search and from a suggestion', async () => {
      const { customerId } = await disabledHit();
      expect(failureOf(await createRequest(searchRequestBody(customerId)))).toMatchObject({
        status: 409,
        code: 'requests_disabled',
      });
      expect(failureOf(await connectFromSuggestion(customerId))).toMatchObject({
        status: 409,
        code: 'requests_disabled',
      });
      expect((await listRequests({ q: DISABLED_NAME })).total).toBe(0);
    });
  },
);
