/**
 * GET /api/connection-rows: its filters, a suggestion that is acted on, and what it refuses
 * (connection-rows.test.ts: what the rows hold and their order).
 */
import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES } from '../../src/contract';
import { api, failureOf } from './client';
import {
  advanceClock,
  connectFromSuggestion,
  expectStatus,
  listAllRequests,
  listAllRows,
  listRows,
} from './helpers';
import {
  allSuggestions,
  customerOf,
  keyOf,
  nameOf,
  requestsIn,
  statusOf,
  suggestionsIn,
} from './rows';

describe('GET /api/connection-rows: filters on both kinds', () => {
  it('status=suggested: the suggestions only, as /suggestions lists them', async () => {
    const rows = await listAllRows({ status: 'suggested' });
    expect(rows.every((row) => row.kind === 'suggestion')).toBe(true);
    expect(suggestionsIn(rows)).toEqual(await allSuggestions());
  });

  it.each(REQUEST_STATUSES)('status=%s: the requests with that status only', async (status) => {
    const rows = await listAllRows({ status });
    expect(rows.map(keyOf)).toEqual(
      (await listAllRequests({ status })).map((r) => `request:${r.id}`),
    );
    expect(rows.every((row) => statusOf(row) === status)).toBe(true);
  });

  it('several statuses, suggested among them', async () => {
    const rows = await listAllRows({ status: 'suggested,expired,withdrawn' });
    expect(new Set(rows.map(statusOf))).toEqual(new Set(['suggested', 'expired', 'withdrawn']));
    const expected =
      (await allSuggestions()).length +
      (await listAllRequests({ status: 'expired,withdrawn' })).length;
    expect(rows).toHaveLength(expected);
  });

  it('a name filter applies to both kinds, ignoring case and accents', async () => {
    const [suggestion] = await allSuggestions();
    const [request] = await listAllRequests();
    if (suggestion === undefined || request === undefined) throw new Error('The data is empty');
    const bySuggestionName = await listAllRows({ q: suggestion.customerName.toUpperCase() });
    expect(bySuggestionName.map(keyOf)).toContain(`suggestion:${suggestion.customerId}`);
    const byRequestName = await listAllRows({ q: request.customerName });
    expect(byRequestName.map(keyOf)).toContain(`request:${request.id}`);
    const both = await listAllRows({ q: 'a' });
    expect(new Set(both.map((row) => row.kind))).toEqual(new Set(['request', 'suggestion']));
    expect(both.every((row) => /a|á|à|â|ä|å|ã|æ/i.test(nameOf(row)))).toBe(true);
  });

  it('"mueller" finds the Müller rows (R5 folding)', async () => {
    const rows = await listAllRows({ q: 'mueller' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => /m(ü|ue|u)ller/i.test(nameOf(row)))).toBe(true);
  });

  it(
    'the status is read at the server clock (R2): 30 days on, no row is pending',
    { tags: ['demo'] },
    async () => {
      expect((await listRows({ status: 'pending' })).total).toBeGreaterThan(0);
      await advanceClock(30);
      expect((await listRows({ status: 'pending' })).total).toBe(0);
    },
  );
});

describe('GET /api/connection-rows: a suggestion leaves when it is acted on', () => {
  it('a connected suggestion becomes a pending request at the top of the requests', async () => {
    const before = await listRows({ pageSize: 100 });
    const [first] = suggestionsIn(before.items);
    if (first === undefined) throw new Error('The data has no suggestion');
    const sent = expectStatus(await connectFromSuggestion(first.customerId), 201);
    const after = await listRows({ pageSize: 100 });
    expect(after.total).toBe(before.total);
    expect(suggestionsIn(after.items).map((s) => s.customerId)).not.toContain(first.customerId);
    const firstRequest = requestsIn(after.items)[0];
    expect(firstRequest).toMatchObject({ id: sent.id, status: 'pending' });
  });

  it('a dismissed suggestion is gone from the table', async () => {
    const { items, total } = await listRows({ status: 'suggested' });
    const [first] = suggestionsIn(items);
    if (first === undefined) throw new Error('The data has no suggestion');
    expect(
      (await api.post(`/suggestions/${encodeURIComponent(first.customerId)}/dismiss`)).status,
    ).toBe(204);
    const after = await listAllRows();
    expect(after.map(customerOf)).not.toContain(first.customerId);
    expect((await listRows({ status: 'suggested' })).total).toBe(total - 1);
  });
});

describe('GET /api/connection-rows: refusals', () => {
  it.each([
    ['status', 'done'],
    ['status', ','],
    ['status', 'pending,,'],
    ['status', 'suggested,'],
    ['sort', 'email'],
    ['order', 'up'],
    ['page', '0'],
    ['pageSize', 'x'],
    ['q', 'x'.repeat(101)],
  ])('%s=%s → 422 invalid_input naming it', async (name, value) => {
    expect(failureOf(await api.get('/connection-rows', { query: { [name]: value } }))).toEqual({
      status: 422,
      code: 'invalid_input',
      field: name,
    });
  });

  it.each([',', 'pending,,', ',expired'])(
    'GET /api/connection-requests?status=%s → 422 invalid_input naming status (an empty entry)',
    async (status) => {
      expect(failureOf(await api.get('/connection-requests', { query: { status } }))).toEqual({
        status: 422,
        code: 'invalid_input',
        field: 'status',
      });
    },
  );

  it('R1: a member gets 403 forbidden', { tags: ['demo'] }, async () => {
    expectStatus(await api.post('/demo/role', { role: 'member' }), 200);
    expect(failureOf(await api.get('/connection-rows'))).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
  });
});
