import type { ConnectionRequest, CreateConnectionRequest } from '../contract';
import { api } from './api';

interface CreateConnectionRequestArgs {
  body: CreateConnectionRequest;
  /** Reuse the same key when retrying the same request (R8): the server creates it once. */
  idempotencyKey: string;
}

/**
 * Sending a connection request: shared by the table (Connect, Send again) and the search dialog,
 * so it lives below both features. Use it through useSendConnectionRequest.
 */
const sendApi = api.injectEndpoints({
  endpoints: (build) => ({
    createConnectionRequest: build.mutation<ConnectionRequest, CreateConnectionRequestArgs>({
      query: ({ body, idempotencyKey }) => ({
        url: 'connection-requests',
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
      // A conflict (409) also means the table is stale: refresh it on success and on 409.
      invalidatesTags: (_result, error) =>
        error === undefined || error.status === 409
          ? [
              { type: 'Request', id: 'LIST' },
              { type: 'Suggestion', id: 'LIST' },
              'History',
              'Search',
            ]
          : [],
    }),
  }),
});

export const { useCreateConnectionRequestMutation } = sendApi;
