import { current } from '@reduxjs/toolkit';
import { api } from '../../app/api';
import type { ApiError } from '../../app/api-error';
import type { AppDispatch, RootState } from '../../app/store';
import {
  MAX_PAGE_SIZE,
  type ConnectionRequest,
  type ConnectionRequestHistory,
  type ConnectionRequestPage,
  type ConnectionRowPage,
  type CustomerAccount,
  type CustomerAccountList,
  type ListConnectionRowsQuery,
} from '../../contract';
import { toRowsPage, withRequest, type RowsPage } from './model/rows';

/** "Since your last visit" reads at most this many pages of answers (of 100): a bound, not a cap in practice. */
const ANSWERED_MAX_PAGES = 10;

/** The requests answered since an instant, for "since your last visit". */
export interface AnsweredSince {
  /** The answers (newest sent first), at most ANSWERED_MAX_PAGES × 100 of them. */
  items: ConnectionRequest[];
  /** How many were answered in all. */
  total: number;
  /** How many of them were approved (the rest were rejected). */
  approved: number;
}

function isRequestPage(data: unknown): data is ConnectionRequestPage {
  return typeof data === 'object' && data !== null && 'items' in data && 'total' in data;
}

/**
 * The requests slice: the page's one table (requests and suggestions as rows), what was answered
 * since the last visit, history, withdraw, and an approved customer's accounts.
 */
export const requestsApi = api.injectEndpoints({
  endpoints: (build) => ({
    listConnectionRows: build.query<RowsPage, ListConnectionRowsQuery>({
      query: (params) => ({ url: 'connection-rows', params }),
      transformResponse: (response: ConnectionRowPage) => toRowsPage(response),
      // Both kinds of row: a change to the requests or to the suggestions refreshes the table.
      providesTags: (result) => [
        { type: 'Request', id: 'LIST' },
        { type: 'Suggestion', id: 'LIST' },
        ...(result?.rows.flatMap((row) =>
          row.kind === 'request' ? [{ type: 'Request' as const, id: row.request.id }] : [],
        ) ?? []),
      ],
    }),
    /**
     * Every request answered strictly after `since` (R2's server clock), all pages of it up to a
     * bound: complete in every scenario, unlike the most recent requests, which miss an answer to
     * an old request.
     */
    listAnsweredSince: build.query<AnsweredSince, string>({
      async queryFn(since, _api, _extra, baseQuery) {
        const pageOf = async (params: Record<string, string | number>) => {
          const result = await baseQuery({
            url: 'connection-requests',
            params: { respondedAfter: since, sort: 'sentAt', order: 'desc', ...params },
          });
          if (result.error) return { error: result.error };
          if (!isRequestPage(result.data)) {
            const error: ApiError = { status: 200, code: 'unexpected', message: 'Not a page' };
            return { error };
          }
          return { data: result.data };
        };
        const items: ConnectionRequest[] = [];
        let total = 0;
        for (let page = 1; page <= ANSWERED_MAX_PAGES; page += 1) {
          const result = await pageOf({ page, pageSize: MAX_PAGE_SIZE });
          if (result.error) return { error: result.error };
          items.push(...result.data.items);
          total = result.data.total;
          if (result.data.items.length === 0 || items.length >= total) break;
        }
        if (items.length >= total) {
          const approved = items.filter(({ status }) => status === 'approved').length;
          return { data: { items, total, approved } };
        }
        // Past the bound, the approvals are counted by the server rather than from the items.
        const approvals = await pageOf({ status: 'approved', page: 1, pageSize: 1 });
        if (approvals.error) return { error: approvals.error };
        return { data: { items, total, approved: approvals.data.total } };
      },
      providesTags: [{ type: 'Request', id: 'LIST' }],
    }),
    getConnectionRequestHistory: build.query<ConnectionRequest[], string>({
      query: (id) => `connection-requests/${encodeURIComponent(id)}/history`,
      transformResponse: (response: ConnectionRequestHistory) => response.items,
      providesTags: (_result, _error, id) => [{ type: 'History', id }],
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

/**
 * Puts a request the server just answered with (sent, sent again, withdrawn) into every cached
 * page of the table that shows its customer: a row that was connected never offers Connect again
 * while the refresh is on its way, or when it fails.
 */
export function showRequestInRows(request: ConnectionRequest) {
  return (dispatch: AppDispatch, getState: () => RootState) => {
    const cached = requestsApi.util.selectCachedArgsForQuery(getState(), 'listConnectionRows');
    for (const args of cached) {
      dispatch(
        requestsApi.util.updateQueryData('listConnectionRows', args, (page) =>
          withRequest(current(page), request),
        ),
      );
    }
  };
}

export const {
  useListConnectionRowsQuery,
  useListAnsweredSinceQuery,
  useGetConnectionRequestHistoryQuery,
  useWithdrawConnectionRequestMutation,
  useGetCustomerAccountsQuery,
} = requestsApi;
