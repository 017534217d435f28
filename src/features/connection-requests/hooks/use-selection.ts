import { useCallback, useMemo, useState } from 'react';
import type { RowView, SuggestionRowView } from '../model/rows';

/**
 * The suggestions ticked for Connect selected, by customer. Only rows on screen count: a
 * selection never acts on a row the user cannot see.
 */
export function useSelection(rows: readonly RowView[] | undefined) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());

  const select = useCallback((customerIds: readonly string[], checked: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of customerIds) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  const deselect = useCallback(
    (customerIds: readonly string[]) => select(customerIds, false),
    [select],
  );
  const clear = useCallback(
    () => setSelected((current) => (current.size === 0 ? current : new Set())),
    [],
  );

  const selectedRows = useMemo(
    () =>
      (rows ?? []).filter(
        (row): row is SuggestionRowView =>
          row.kind === 'suggestion' && selected.has(row.customerId),
      ),
    [rows, selected],
  );

  return { selected, selectedRows, select, deselect, clear };
}
