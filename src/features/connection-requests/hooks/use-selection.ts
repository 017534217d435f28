import { useCallback, useMemo, useState } from 'react';
import type { RowView, SuggestionRowView } from '../model/rows';

/** The suggestions ticked for Connect selected, by customer. */
export function useSelection() {
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

  return { selected, select, deselect, clear };
}

/** The ticked suggestions among the rows on screen: a selection never acts on a row unseen. */
export function useSelectedRows(
  rows: readonly RowView[] | undefined,
  selected: ReadonlySet<string>,
): readonly SuggestionRowView[] {
  return useMemo(
    () =>
      (rows ?? []).filter(
        (row): row is SuggestionRowView =>
          row.kind === 'suggestion' && selected.has(row.customerId),
      ),
    [rows, selected],
  );
}
