import {
  createListenerMiddleware,
  isRejectedWithValue,
  type ThunkDispatch,
  type UnknownAction,
} from '@reduxjs/toolkit';
import type { Session } from '../contract';
import { api } from './api';
import { isApiError } from './api-error';

const sessionApi = api.injectEndpoints({
  endpoints: (build) => ({
    getSession: build.query<Session, void>({
      query: () => 'session',
      providesTags: ['Session'],
    }),
  }),
});

export const { useGetSessionQuery } = sessionApi;
export const { getSession } = sessionApi.endpoints;

/**
 * The server refuses a call with 403 only when the user is not an administrator (R1): the role
 * was changed elsewhere since the session was read. The page switches to the member explanation
 * at once (the cached session says so), and the session is read again to confirm it.
 */
type ApiState = { [api.reducerPath]: ReturnType<typeof api.reducer> };

export const memberOnForbidden = createListenerMiddleware<
  ApiState,
  ThunkDispatch<ApiState, unknown, UnknownAction>
>();
memberOnForbidden.startListening({
  predicate: (action) =>
    isRejectedWithValue(action) && isApiError(action.payload) && action.payload.status === 403,
  effect: (_action, listener) => {
    const { dispatch } = listener;
    const session = getSession.select()(listener.getState());
    if (session.data?.user.role !== 'admin') return;
    dispatch(
      sessionApi.util.updateQueryData('getSession', undefined, (draft) => {
        draft.user.role = 'member';
      }),
    );
    dispatch(api.util.invalidateTags(['Session']));
  },
});
