import type { SortField } from '../../../contract';

/** The table's columns after the selection column, in order (SPEC §1). */
export const COLUMNS = ['customer', 'actions', 'status', 'email', 'date', 'comments'] as const;
export type Column = (typeof COLUMNS)[number];

/** The columns a header click sorts by, and the field each sorts. */
export const SORT_FIELD: Partial<Record<Column, SortField>> = {
  customer: 'customer',
  status: 'status',
  date: 'sentAt',
};

/** The selection column comes first. */
export const COLUMN_COUNT = COLUMNS.length + 1;
