import { describe, expect, it } from 'vitest';
import type { CustomerAccountList } from '../../src/contract';
import { api, failureOf } from './client';
import {
  advanceClock,
  aSuggestion,
  createRequest,
  expectStatus,
  findRequest,
  listSuggestions,
  respond,
  searchRequestBody,
} from './helpers';

const dismiss = (customerId: string) =>
  api.post(`/suggestions/${encodeURIComponent(customerId)}/dismiss`);
const accounts = (customerId: string) =>
  api.get<CustomerAccountList>(`/customers/${encodeURIComponent(customerId)}/accounts`);

describe('GET /api/suggestions and dismiss ("Not my customer")', () => {
  it('lists suggested customers with a reason, none of which has a request', async () => {
    const page = await listSuggestions();
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.total).toBe(page.items.length);
    const requested = new Set(
      (
        await api.get<{ items: { customerId: string }[] }>('/connection-requests', {
          query: { pageSize: 100 },
        })
      ).body.items.map((r) => r.customerId),
    );
    expect(page.items.filter((s) => requested.has(s.customerId))).toEqual([]);
  });

  it(
    'dismiss answers 204 and the suggestion is gone for good (also after time passes)',
    { tags: ['demo'] },
    async () => {
      const { customerId } = await aSuggestion();
      const response = await dismiss(customerId);
      expect(response.status).toBe(204);
      expect(response.body).toBeUndefined();
      const ids = async () => (await listSuggestions()).items.map((s) => s.customerId);
      expect(await ids()).not.toContain(customerId);
      await advanceClock(60);
      expect(await ids()).not.toContain(customerId);
    },
  );

  it('dismissing does not touch the other suggestions', async () => {
    const before = (await listSuggestions()).items;
    const [first, ...rest] = before;
    if (first === undefined) throw new Error('no suggestions');
    await dismiss(first.customerId);
    expect((await listSuggestions()).items).toEqual(rest);
  });

  it('not_found: dismissing twice, or a customer that is not suggested, gets 404 not_found', async () => {
    const { customerId } = await aSuggestion();
    expect((await dismiss(customerId)).status).toBe(204);
    expect(failureOf(await dismiss(customerId))).toMatchObject({ status: 404, code: 'not_found' });
    expect(failureOf(await dismiss('no-such-customer'))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });

  it('a dismissed customer can still be requested from a search (dismiss is not a ban)', async () => {
    const { customerId } = await aSuggestion();
    await dismiss(customerId);
    expectStatus(await createRequest(searchRequestBody(customerId)), 201);
  });

  it('q filters suggestions by name and pageSize above 100 is answered with 100', async () => {
    const { customerName } = await aSuggestion();
    const filtered = await listSuggestions({ q: customerName.slice(0, 6).toUpperCase() });
    expect(filtered.items.map((s) => s.customerName)).toContain(customerName);
    expect((await listSuggestions({ pageSize: 1000 })).pageSize).toBe(100);
  });
});

describe('GET /api/customers/{id}/accounts: for an approved customer only', () => {
  it('an approved customer has its list of accounts', async () => {
    const approved = await findRequest('approved', (r) => r.status === 'approved');
    const list = expectStatus(await accounts(approved.customerId), 200);
    expect(list.items.length).toBeGreaterThan(0);
  });

  it.each(['pending', 'rejected', 'expired', 'withdrawn'] as const)(
    'a %s customer gets 409 not_connected',
    async (status) => {
      const request = await findRequest(status, (r) => r.status === status);
      expect(failureOf(await accounts(request.customerId))).toMatchObject({
        status: 409,
        code: 'not_connected',
      });
    },
  );

  it('a customer with no request gets 409 not_connected', async () => {
    const { customerId } = await aSuggestion();
    expect(failureOf(await accounts(customerId))).toMatchObject({
      status: 409,
      code: 'not_connected',
    });
  });

  it('once the customer approves, its accounts are available', { tags: ['demo'] }, async () => {
    const pending = await findRequest('pending', (r) => r.status === 'pending');
    expect((await accounts(pending.customerId)).status).toBe(409);
    expectStatus(await respond(pending.id, 'approve'), 200);
    expect((await accounts(pending.customerId)).status).toBe(200);
  });

  it('an unknown customer gets 404 customer_not_found', async () => {
    expect(failureOf(await accounts('no-such-customer'))).toMatchObject({
      status: 404,
      code: 'customer_not_found',
    });
  });
});
