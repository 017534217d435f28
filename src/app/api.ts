import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import type { BaseQueryFn, FetchArgs } from '@reduxjs/toolkit/query';
import { config } from './config';
import { toApiError, type ApiError } from './api-error';
import { whenBackendReady } from './backend';

const rawBaseQuery = fetchBaseQuery({
  // Absolute: Node's fetch (tests) cannot resolve a relative URL; MSW's relative handlers still match.
  baseUrl: config.apiBaseUrl,
  credentials: 'same-origin',
});

/** fetchBaseQuery with every error mapped to the one ApiError shape. */
const baseQuery: BaseQueryFn<string | FetchArgs, unknown, ApiError> = async (
  args,
  api,
  extraOptions: object,
) => {
  try {
    await whenBackendReady();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: { status: 0, code: 'network_error', message: reason } };
  }
  const result = await rawBaseQuery(args, api, extraOptions);
  if (result.error) return { error: toApiError(result.error), meta: result.meta };
  return { data: result.data, meta: result.meta };
};

/**
 * The one RTK Query API. Features add their endpoints with `api.injectEndpoints`;
 * every tag type lives here so invalidation crosses features.
 */
export const api = createApi({
  reducerPath: 'api',
  baseQuery,
  tagTypes: ['Session', 'Request', 'History', 'Suggestion', 'Search', 'Accounts', 'Demo'],
  endpoints: () => ({}),
});

/** Every tag type: what a change to the whole mock world (demo controls) invalidates. */
export const ALL_TAGS = [
  'Session',
  'Request',
  'History',
  'Suggestion',
  'Search',
  'Accounts',
  'Demo',
] as const;
