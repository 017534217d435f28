import type { RowsPage } from '../model/rows';

/** What the table shows: skeletons, a failure, or a page of rows (maybe refreshing, maybe stale). */
export type ConnectionsTableState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | {
      kind: 'loaded';
      data: RowsPage;
      refreshing: boolean;
      /** Why the latest refresh failed: the rows shown are kept, but may be out of date. */
      staleMessage?: string;
    };
