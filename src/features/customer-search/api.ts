import { api } from '../../app/api';
import type { CustomerSearchResult } from '../../contract';

/**
 * The search slice. A search uses one of the user's five attempts (R4), so it is a mutation:
 * never cached, never refetched behind the user's back.
 */
const searchApi = api.injectEndpoints({
  endpoints: (build) => ({
    searchCustomers: build.mutation<CustomerSearchResult, string>({
      query: (q) => ({ url: 'customers/search', params: { q } }),
      // The session carries searchesRemaining; refresh it after every answered search.
      invalidatesTags: (_result, error) =>
        error === undefined || error.status === 429 ? ['Session'] : [],
    }),
  }),
});

export const { useSearchCustomersMutation } = searchApi;
