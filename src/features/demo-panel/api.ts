import { ALL_TAGS, api } from '../../app/api';
import type {
  ConnectionRequest,
  DemoClockBody,
  DemoFaults,
  DemoRespondBody,
  DemoRoleBody,
  DemoScenarioBody,
  DemoState,
  MergeReport,
} from '../../contract';

/** What a change to the whole mock world (scenario, clock, role, faults, merge, reset) invalidates. */
const everything = [...ALL_TAGS];

/**
 * The demo controls of SPEC §5. They ignore the role and the injected faults on the server, and
 * each one invalidates what it changes so the page refreshes through RTK Query, never a reload.
 * The callback form of invalidatesTags keeps a failed call from invalidating anything.
 */
export const demoApi = api.injectEndpoints({
  endpoints: (build) => ({
    getDemoState: build.query<DemoState, void>({
      query: () => 'demo/state',
      providesTags: ['Demo'],
    }),
    demoRespond: build.mutation<ConnectionRequest, DemoRespondBody>({
      query: (body) => ({ url: 'demo/respond', method: 'POST', body }),
      // 409 not_pending means the panel's list was stale: refresh it as well.
      invalidatesTags: (_result, error) =>
        error === undefined || error.status === 409
          ? ['Request', 'History', 'Search', 'Accounts', 'Demo']
          : [],
    }),
    demoAdvanceClock: build.mutation<DemoState, DemoClockBody>({
      query: (body) => ({ url: 'demo/clock', method: 'POST', body }),
      invalidatesTags: (_result, error) => (error === undefined ? everything : []),
    }),
    demoLoadScenario: build.mutation<DemoState, DemoScenarioBody>({
      query: (body) => ({ url: 'demo/scenario', method: 'POST', body }),
      invalidatesTags: (_result, error) => (error === undefined ? everything : []),
    }),
    demoSetRole: build.mutation<DemoState, DemoRoleBody>({
      query: (body) => ({ url: 'demo/role', method: 'POST', body }),
      invalidatesTags: (_result, error) => (error === undefined ? everything : []),
    }),
    demoResetSearches: build.mutation<DemoState, void>({
      query: () => ({ url: 'demo/reset-searches', method: 'POST' }),
      invalidatesTags: (_result, error) =>
        error === undefined ? ['Session', 'Search', 'Demo'] : [],
    }),
    demoMerge: build.mutation<MergeReport, void>({
      query: () => ({ url: 'demo/merge', method: 'POST', body: {} }),
      // nothing_to_merge (409): the panel thought a merge was still possible; refresh its state.
      invalidatesTags: (_result, error) =>
        error === undefined ? everything : error.status === 409 ? ['Demo'] : [],
    }),
    demoSetFaults: build.mutation<DemoState, DemoFaults>({
      query: (body) => ({ url: 'demo/faults', method: 'POST', body }),
      invalidatesTags: (_result, error) => (error === undefined ? everything : []),
    }),
    demoReset: build.mutation<DemoState, void>({
      query: () => ({ url: 'demo/reset', method: 'POST' }),
      invalidatesTags: (_result, error) => (error === undefined ? everything : []),
    }),
  }),
});

export const {
  useGetDemoStateQuery,
  useDemoRespondMutation,
  useDemoAdvanceClockMutation,
  useDemoLoadScenarioMutation,
  useDemoSetRoleMutation,
  useDemoResetSearchesMutation,
  useDemoMergeMutation,
  useDemoSetFaultsMutation,
  useDemoResetMutation,
} = demoApi;
