import { api } from '../../app/api';
import type {
  ConnectionRequest,
  ConnectionRequestHistory,
  ConnectionRequestPage,
  CreateConnectionRequest,
  CustomerAccount,
  CustomerAccountList,
  ListConnectionRequestsQuery,
} from '../../contract';

export interface CreateConnectionRequestArgs {
  body: CreateConnectionRequest;
  /** Reuse the same key when retrying the same request (R8): the server creates it once. */
  idempotencyKey: string;
}

/** The requests slice: list, history, send, withdraw, and an approved customer's accounts. */
export const requestsApi = api.injectEndpoints({
  endpoints: (build) => ({
    listConnectionRequests: build.query<ConnectionRequestPage, ListConnectionRequestsQuery>({
      query: (params) => ({ url: 'connection-requests', params }),
      providesTags: (result) => [
        { type: 'Request', id: 'LIST' },
        ...(result?.items.map(({ id }) => ({ type: 'Request' as const, id })) ?? []),
      ],
    }),
    getConnectionRequestHistory: build.query<ConnectionRequest[], string>({
      query: (id) => `connection-requests/${encodeURIComponent(id)}/history`,
      transformResponse: (response: ConnectionRequestHistory) => response.items,
      providesTags: (_result, _error, id) => [{ type: 'History', id }],
    }),
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
    withdrawConnectionRequest: build.mutation<ConnectionRequest, string>({
      query: (id) => ({
        url: `connection-requests/${encodeURIComponent(id)}/withdraw`,
        method: 'POST',
      }),
      invalidatesTags: (_result, error, id) =>
        error === undefined || error.status === 409
          ? [{ type: 'Request', id: 'LIST' }, { type: 'Request', id }, 'History', 'Search']
          : [],
    }),
    getCustomerAccounts: build.query<CustomerAccount[], string>({
      query: (customerId) => `customers/${encodeURIComponent(customerId)}/accounts`,
      transformResponse: (response: CustomerAccountList) => response.items,
      providesTags: (_result, _error, customerId) => [{ type: 'Accounts', id: customerId }],
    }),
  }),
});

export const {
  useListConnectionRequestsQuery,
  useLazyListConnectionRequestsQuery,
  useGetConnectionRequestHistoryQuery,
  useCreateConnectionRequestMutation,
  useWithdrawConnectionRequestMutation,
  useGetCustomerAccountsQuery,
} = requestsApi;
