import { api } from '../../app/api';
import type { ListSuggestionsQuery, SuggestionPage } from '../../contract';

/** The page the section opens on; the page prefetches it with the session (issue 8). */
export const FIRST_SUGGESTIONS_PAGE = { page: 1, pageSize: 10 } as const;

/** The suggestions slice. Connecting a suggestion is `createConnectionRequest` (requests slice). */
export const suggestionsApi = api.injectEndpoints({
  endpoints: (build) => ({
    listSuggestions: build.query<SuggestionPage, ListSuggestionsQuery>({
      query: (params) => ({ url: 'suggestions', params }),
      providesTags: (result) => [
        { type: 'Suggestion', id: 'LIST' },
        ...(result?.items.map(({ customerId }) => ({
          type: 'Suggestion' as const,
          id: customerId,
        })) ?? []),
      ],
    }),
    dismissSuggestion: build.mutation<void, string>({
      query: (customerId) => ({
        url: `suggestions/${encodeURIComponent(customerId)}/dismiss`,
        method: 'POST',
      }),
      invalidatesTags: (_result, error) =>
        error === undefined || error.status === 404 ? [{ type: 'Suggestion', id: 'LIST' }] : [],
    }),
  }),
});

export const { useListSuggestionsQuery, useDismissSuggestionMutation } = suggestionsApi;
