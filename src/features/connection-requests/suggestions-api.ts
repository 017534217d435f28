import { api } from '../../app/api';

interface DismissSuggestionArgs {
  customerId: string;
  /** Sent as the page goes away (hidden, closed): the browser finishes it after the page. */
  keepalive?: boolean;
}

/**
 * The suggestions slice. Suggestions are listed as rows of the table (`listConnectionRows`) and
 * connected with `createConnectionRequest` (src/app/send-api.ts); what is left is theirs alone:
 * "Not my customer".
 */
const suggestionsApi = api.injectEndpoints({
  endpoints: (build) => ({
    dismissSuggestion: build.mutation<void, DismissSuggestionArgs>({
      query: ({ customerId, keepalive = false }) => ({
        url: `suggestions/${encodeURIComponent(customerId)}/dismiss`,
        method: 'POST',
        keepalive,
      }),
      // 404: already gone (another tab dismissed or connected it): the table is stale either way.
      invalidatesTags: (_result, error) =>
        error === undefined || error.status === 404 ? [{ type: 'Suggestion', id: 'LIST' }] : [],
    }),
  }),
});

export const { useDismissSuggestionMutation } = suggestionsApi;
