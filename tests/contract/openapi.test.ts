import { describe, expect, it } from 'vitest';
import { contractMonitor } from './conformance';
import { api } from './client';
import { contractViolations, expectMatchesContract, matchPathTemplate } from './openapi';

const validRequest = {
  id: 'r1',
  customerId: 'c1',
  customerName: 'Müller GmbH',
  status: 'pending',
  origin: 'suggestion',
  contactEmail: null,
  sentAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-01-31T00:00:00.000Z',
  respondedAt: null,
  comment: null,
  attempt: 1,
  attemptsLeft: 2,
};

describe('the OpenAPI validator', () => {
  it('resolves concrete paths to their templates, literal paths first', () => {
    expect(matchPathTemplate('/connection-requests/r-7/history')).toBe(
      '/connection-requests/{id}/history',
    );
    expect(matchPathTemplate('/customers/search')).toBe('/customers/search');
    expect(matchPathTemplate('/customers/c-1/accounts')).toBe('/customers/{customerId}/accounts');
    expect(matchPathTemplate('/nowhere')).toBeUndefined();
  });

  it('accepts a body that follows the document', () => {
    expectMatchesContract('post', '/connection-requests', 201, validRequest);
    expectMatchesContract('get', '/api/connection-requests/r1/history', 200, {
      items: [validRequest],
    });
    expectMatchesContract('post', '/suggestions/c1/dismiss', 204, undefined);
  });

  it('catches an extra field', () => {
    const violations = contractViolations('post', '/connection-requests', 201, {
      ...validRequest,
      secret: 'leaked',
    });
    expect(violations.join()).toMatch(/must NOT have additional properties.*secret/);
  });

  it('catches a value outside an enum', () => {
    const violations = contractViolations('get', '/connection-requests', 200, {
      items: [{ ...validRequest, status: 'cancelled' }],
      total: 1,
      page: 1,
      pageSize: 25,
      serverTime: '2026-01-01T00:00:00.000Z',
    });
    expect(violations.join()).toMatch(
      /\/items\/0\/status must be equal to one of the allowed values/,
    );
  });

  it('catches a missing field', () => {
    const withoutComment: Partial<typeof validRequest> = { ...validRequest };
    delete withoutComment.comment;
    const violations = contractViolations('post', '/connection-requests', 201, withoutComment);
    expect(violations.join()).toMatch(/must have required property 'comment'/);
  });

  it('catches a malformed date, an unknown error code and a too-long search result', () => {
    expect(
      contractViolations('post', '/connection-requests', 201, { ...validRequest, sentAt: 'May 1' }),
    ).not.toEqual([]);
    expect(
      contractViolations('get', '/session', 503, { error: { code: 'oops', message: 'x' } }),
    ).not.toEqual([]);
    const hit = { customerId: 'c', customerName: 'C', state: 'available' };
    expect(
      contractViolations('get', '/customers/search', 200, {
        items: Array.from({ length: 21 }, () => hit),
        searchesRemaining: 4,
      }),
    ).not.toEqual([]);
  });

  it('catches an undocumented status, a missing body and an unknown path', () => {
    expect(contractViolations('get', '/session', 418, { error: {} })[0]).toMatch(
      /status not documented/,
    );
    expect(contractViolations('get', '/session', 200, undefined)[0]).toMatch(/got none/);
    expect(contractViolations('get', '/nowhere', 200, {})[0]).toMatch(/no such path/);
  });

  it('wants 404 for an unlisted path and 405 for an unlisted method, each with an error body', () => {
    const error = { error: { code: 'not_found', message: 'There is no such path.' } };
    expect(contractViolations('get', '/nowhere', 404, error)).toEqual([]);
    expect(contractViolations('get', '/nowhere', 404, undefined)).not.toEqual([]);
    const notAllowed = { error: { code: 'method_not_allowed', message: 'Not here.' } };
    expect(contractViolations('delete', '/session', 405, notAllowed)).toEqual([]);
    expect(contractViolations('delete', '/session', 404, error)[0]).toMatch(/405 expected/);
  });
});

describe('the conformance monitor', () => {
  it('records a response that breaks the contract, and forgets it once drained', () => {
    contractMonitor.observe('GET', '/session?x=1', 200, {
      user: { id: 'u', name: 'U', role: 'owner' },
    });
    const violations = contractMonitor.drain();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^GET \/session → 200: /);
    expect(violations[0]).toMatch(/required property 'supplier'/);
    expect(violations[0]).toMatch(/\/user\/role must be equal to one of the allowed values/);
    expect(contractMonitor.drain()).toEqual([]);
  });

  it('checks every response the client receives: the real session passes', async () => {
    const checkedBefore = contractMonitor.checked;
    const response = await api.get('/session');
    expect(response.status).toBe(200);
    expect(contractMonitor.checked).toBe(checkedBefore + 1);
    expect(contractMonitor.drain()).toEqual([]);
  });
});
