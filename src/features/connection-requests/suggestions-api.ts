import { api } from '../../app/api';

/**
 * The suggestions slice. Suggestions are listed as rows of the table (`listConnectionRows`) and
 * connected with `createConnectionRequest` (src/app/send-api.ts); what is left is theirs alone:
 * "Not my customer".
 */
export const suggestionsApi = api.injectEndpoints({
  endpoints: (build) => ({
    dismissSuggestion: build.mutation<void, string>({
      query: (customerId) => ({
        url: `suggestions/${encodeURIComponent(customerId)}/dismiss`,
        method: 'POST',
      }),
      // 404: already gone (another tab dismissed or connected it): the table is stale either way.
      invalidatesTags: (_result, error) =>
        error === undefined || error.status === 404 ? [{ type: 'Suggestion', id: 'LIST' }] : [],
    }),
  }),
});

export const { useDismissSuggestionMutation } = suggestionsApi;
