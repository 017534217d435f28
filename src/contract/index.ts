/**
 * The shared vocabulary of the app and the mock backend, generated from openapi.yaml
 * (`npm run api:types`). Import types from here, never from schema.gen.ts directly.
 */
import type { components, operations } from './schema.gen';

type Schemas = components['schemas'];

export type ErrorCode = Schemas['ErrorCode'];
export type ErrorBody = Schemas['ErrorBody'];
export type Role = Schemas['Role'];
export type Session = Schemas['Session'];
export type Notice = Schemas['Notice'];
export type RequestStatus = Schemas['RequestStatus'];
export type RequestOrigin = Schemas['RequestOrigin'];
export type SortField = Schemas['SortField'];
export type SortOrder = Schemas['SortOrder'];
export type ConnectionRequest = Schemas['ConnectionRequest'];
export type ConnectionRequestPage = Schemas['ConnectionRequestPage'];
export type ConnectionRequestHistory = Schemas['ConnectionRequestHistory'];
export type RowStatus = Schemas['RowStatus'];
export type ConnectionRow = Schemas['ConnectionRow'];
export type ConnectionRowPage = Schemas['ConnectionRowPage'];
export type CreateConnectionRequest = Schemas['CreateConnectionRequest'];
export type CreateFromSearch = Schemas['CreateFromSearch'];
export type SuggestionReason = Schemas['SuggestionReason'];
export type Suggestion = Schemas['Suggestion'];
export type SuggestionPage = Schemas['SuggestionPage'];
export type SearchState = Schemas['SearchState'];
export type CustomerSearchHit = Schemas['CustomerSearchHit'];
export type CustomerSearchResult = Schemas['CustomerSearchResult'];
export type CustomerAccount = Schemas['CustomerAccount'];
export type CustomerAccountList = Schemas['CustomerAccountList'];
export type ScenarioName = Schemas['ScenarioName'];
export type DemoFaults = Schemas['DemoFaults'];
export type DemoState = Schemas['DemoState'];
export type DemoRespondBody = Schemas['DemoRespondBody'];
export type DemoClockBody = Schemas['DemoClockBody'];
export type DemoScenarioBody = Schemas['DemoScenarioBody'];
export type DemoRoleBody = Schemas['DemoRoleBody'];
export type MergeEntry = Schemas['MergeEntry'];
export type MergeReport = Schemas['MergeReport'];

export type ListConnectionRequestsQuery = NonNullable<
  operations['listConnectionRequests']['parameters']['query']
>;
export type ListConnectionRowsQuery = NonNullable<
  operations['listConnectionRows']['parameters']['query']
>;

/** Runtime lists of the enums, for parsing query strings and building menus. */
export const REQUEST_STATUSES = [
  'pending',
  'approved',
  'expired',
  'rejected',
  'withdrawn',
] as const satisfies readonly RequestStatus[];
export const ROW_STATUSES = [
  ...REQUEST_STATUSES,
  'suggested',
] as const satisfies readonly RowStatus[];
export const SORT_FIELDS = ['customer', 'status', 'sentAt'] as const satisfies readonly SortField[];
export const SCENARIO_NAMES = [
  'default',
  'new-supplier',
  'large-account',
  'member',
] as const satisfies readonly ScenarioName[];

/** The limits and checks the UI and the mock backend share (src/contract/rules.ts). */
export * from './rules';
