import type { Session } from '../contract';
import { api } from './api';

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
