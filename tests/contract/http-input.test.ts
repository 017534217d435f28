import { describe, expect, it } from 'vitest';
import { failureOf, sendRaw } from './client';
import { aSuggestion, getDemoState, latestRequestTo, listRequests } from './helpers';

/**
 * What the API accepts at the HTTP level, before any rule: JSON objects sent as JSON, known
 * paths and methods; everything else gets a named error in the error shape, and changes nothing.
 */

describe('a request body must be a JSON object sent as application/json', () => {
  it.each([
    ['text/plain', (body: object) => JSON.stringify(body)],
    [
      'application/x-www-form-urlencoded',
      (body: object) => new URLSearchParams(Object.entries(body)).toString(),
    ],
    [
      'multipart/form-data; boundary=x',
      () => '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--',
    ],
  ])(
    'a create sent as %s gets 415 unsupported_media_type and creates nothing',
    async (type, encode) => {
      const { customerId } = await aSuggestion();
      const { total } = await listRequests();
      const response = await sendRaw('POST', '/connection-requests', {
        contentType: type,
        body: encode({ customerId, origin: 'suggestion' }),
      });
      expect(failureOf(response)).toMatchObject({ status: 415, code: 'unsupported_media_type' });
      expect(await latestRequestTo(customerId)).toBeUndefined();
      expect((await listRequests()).total).toBe(total);
    },
  );

  it('a JSON body without a Content-Type is 415 too', async () => {
    const { customerId } = await aSuggestion();
    const response = await sendRaw('POST', '/connection-requests', {
      body: JSON.stringify({ customerId, origin: 'suggestion' }),
    });
    expect(response.status).toBe(415);
    expect(await latestRequestTo(customerId)).toBeUndefined();
  });

  it('application/json with a charset parameter is JSON', async () => {
    const { customerId } = await aSuggestion();
    const response = await sendRaw('POST', '/connection-requests', {
      contentType: 'Application/JSON; charset=utf-8',
      body: JSON.stringify({ customerId, origin: 'suggestion' }),
    });
    expect(response.status).toBe(201);
  });

  it.each(['"text"', '42', 'null', 'true'])(
    'a create with the JSON value %s gets 422 on body',
    async (body) => {
      const response = await sendRaw('POST', '/connection-requests', {
        contentType: 'application/json',
        body,
      });
      expect(failureOf(response)).toEqual({ status: 422, code: 'invalid_input', field: 'body' });
    },
  );

  it('malformed JSON gets 422 invalid_input on body and creates nothing', async () => {
    const { total } = await listRequests();
    const response = await sendRaw('POST', '/connection-requests', {
      contentType: 'application/json',
      body: '{"customerId":',
    });
    expect(failureOf(response)).toEqual({ status: 422, code: 'invalid_input', field: 'body' });
    expect((await listRequests()).total).toBe(total);
  });
});

describe('the demo controls take JSON objects too', { tags: ['demo'] }, () => {
  it.each([
    '/demo/merge',
    '/demo/respond',
    '/demo/clock',
    '/demo/faults',
    '/demo/role',
    '/demo/reset',
    '/demo/reset-searches',
  ])('POST /api%s with [1,2] gets 422 invalid_input on body and changes nothing', async (path) => {
    const before = await getDemoState();
    const response = await sendRaw('POST', path, {
      contentType: 'application/json',
      body: '[1,2]',
    });
    expect(failureOf(response)).toEqual({ status: 422, code: 'invalid_input', field: 'body' });
    expect(await getDemoState()).toEqual({ ...before, serverTime: expect.any(String) as string });
  });

  it('DELETE /api/demo/reset gets 405 method_not_allowed with Allow: POST', async () => {
    const response = await sendRaw('DELETE', '/demo/reset');
    expect(failureOf(response)).toMatchObject({ status: 405, code: 'method_not_allowed' });
    expect(response.headers.get('Allow')).toBe('POST');
  });
});

describe('unknown paths and methods', () => {
  it.each(['/nope', '', '/connection-requests/r1/nope', '/demo', '/customers'])(
    'GET /api%s gets 404 not_found in the error shape',
    async (path) => {
      const response = await sendRaw('GET', path);
      expect(failureOf(response)).toMatchObject({ status: 404, code: 'not_found' });
    },
  );

  it.each([
    ['PUT', '/connection-requests', 'GET, POST'],
    ['DELETE', '/connection-requests', 'GET, POST'],
    ['PATCH', '/session', 'GET'],
    ['GET', '/connection-requests/r1/withdraw', 'POST'],
  ])('%s /api%s gets 405 method_not_allowed with Allow: %s', async (method, path, allow) => {
    const response = await sendRaw(method, path);
    expect(failureOf(response)).toMatchObject({ status: 405, code: 'method_not_allowed' });
    expect(response.headers.get('Allow')).toBe(allow);
  });

  it('a POST to an unknown path creates nothing', async () => {
    const { total } = await listRequests();
    const response = await sendRaw('POST', '/connection-request', {
      contentType: 'application/json',
      body: JSON.stringify({ customerId: (await aSuggestion()).customerId, origin: 'suggestion' }),
    });
    expect(failureOf(response)).toMatchObject({ status: 404, code: 'not_found' });
    expect((await listRequests()).total).toBe(total);
  });
});
