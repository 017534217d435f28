import type { ConnectionRequest, Suggestion } from '../../../contract';
import { rowsPageOf } from '../../../../.storybook/fixtures';
import { toRowsPage } from '../model/rows';
import type { ConnectionsTableState } from './connections-table';

/** The table's state with these rows on screen (`refreshing`: while a newer page loads). */
export function loaded(
  items: readonly (ConnectionRequest | Suggestion)[],
  options: Parameters<typeof rowsPageOf>[1] = {},
  refreshing = false,
): ConnectionsTableState {
  return { kind: 'loaded', data: toRowsPage(rowsPageOf(items, options)), refreshing };
}
