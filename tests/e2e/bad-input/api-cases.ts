import {
  callApi,
  callApiRaw,
  demo,
  demoState,
  expect,
  type ApiResponse,
  type RawApiResponse,
} from '../fixtures';
import { NAMED } from '../../../mocks/data/catalogue';
import { expectApiError, type BadInput } from './case-steps';

function asApiResponse({ status, body }: RawApiResponse): ApiResponse<unknown> {
  return { status, body };
}

/** What a careless client sends the API: odd filters, content types, paths and methods. */
export const API_CASES: BadInput[] = [
  {
    name: 'a status filter with an empty entry (status=,)',
    run: async (page) => {
      const response = await callApi(page, 'GET', '/api/connection-requests?status=,');
      expectApiError(response, 422, 'invalid_input', 'status');
    },
  },
  ...(
    [
      ['text/plain', (body: string) => body],
      [
        'application/x-www-form-urlencoded',
        () => `customerId=${NAMED.angstroem.id}&origin=suggestion`,
      ],
    ] as const
  ).map(([contentType, encode]): BadInput => ({
    name: `a request sent as ${contentType}`,
    run: async (page) => {
      const body = encode(JSON.stringify({ customerId: NAMED.angstroem.id, origin: 'suggestion' }));
      const response = await callApiRaw(page, 'POST', '/api/connection-requests', {
        contentType,
        body,
      });
      expectApiError(asApiResponse(response), 415, 'unsupported_media_type');
    },
  })),
  {
    name: 'a demo merge with the body [1,2]',
    run: async (page) => {
      const response = await callApiRaw(page, 'POST', '/api/demo/merge', {
        contentType: 'application/json',
        body: '[1,2]',
      });
      expectApiError(asApiResponse(response), 422, 'invalid_input', 'body');
      expect((await demoState(page)).mergeAvailable).toBe(true);
    },
  },
  {
    name: 'an unknown API path',
    run: async (page) => {
      const response = await callApiRaw(page, 'GET', '/api/nope');
      // The error shape, not the app's index.html.
      expect(response.contentType).toMatch(/^application\/json/);
      expectApiError(asApiResponse(response), 404, 'not_found');
    },
  },
  ...(['PUT', 'DELETE'] as const).map((method): BadInput => ({
    name: `${method} on the requests path`,
    run: async (page) => {
      const response = await callApiRaw(page, method, '/api/connection-requests', {
        contentType: 'application/json',
        body: JSON.stringify({ customerId: NAMED.angstroem.id, origin: 'suggestion' }),
      });
      expectApiError(asApiResponse(response), 405, 'method_not_allowed');
      expect(response.allow).toBe('GET, POST');
    },
  })),
  {
    name: 'the demo clock moved past its limit',
    setup: async (page) => {
      for (let step = 0; step < 9; step += 1) await demo(page, 'clock', { advanceDays: 3650 });
      await demo(page, 'clock', { advanceDays: 3640 });
    },
    run: async (page) => {
      const response = await callApi(page, 'POST', '/api/demo/clock', { advanceDays: 11 });
      expectApiError(response, 422, 'invalid_input', 'advanceDays');
      expect((await demoState(page)).clockOffsetDays).toBe(36_490);
    },
  },
];
