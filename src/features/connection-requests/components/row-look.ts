import { useMemo } from 'react';
import { alpha, keyframes, type Theme } from '@mui/material/styles';
import type { RowView } from '../model/rows';

/** Marks a row, table row or card, with its customer: how focus and Show find it. */
export const ROW_ATTRIBUTE = 'data-customer-id';
/** Marks the container of a row's action buttons. */
export const ACTIONS_ATTRIBUTE = 'data-row-actions';

/**
 * What every row carries: its customer, and focusability from script only (focus rests on the
 * row while its action runs, or after Show when it offers no action).
 */
export function rowAttributes(row: RowView) {
  return { [ROW_ATTRIBUTE]: row.customerId, tabIndex: -1 } as const;
}

/** Class names of the rows' parts and states, styled once on the table or the card list. */
export const rowClass = {
  email: 'cr-row-email',
  date: 'cr-row-date',
  comment: 'cr-row-comment',
  name: 'cr-row-name',
  /** Show pointed at this row. */
  spotlight: 'cr-row-spotlight',
  /** On the table or list: the refresh failed, the rows may be out of date. */
  stale: 'cr-stale',
} as const;

const fadeOut = keyframes({ to: { backgroundColor: 'transparent' } });

/**
 * The look both layouts share: a row Show points at starts tinted and fades back; rows kept after
 * a failed refresh have grey text (still 5.7:1) and a dashed amber rule, beside the Retry that
 * explains (the buttons keep their colours, and their contrast).
 */
export function rowStates(theme: Theme) {
  const staleRow = `&.${rowClass.stale} [${ROW_ATTRIBUTE}]`;
  const rule = `2px dashed ${theme.palette.warning.main}`;
  return {
    [`& .${rowClass.spotlight}`]: {
      backgroundColor: alpha(theme.palette.primary.main, 0.2),
      animation: `${fadeOut} 4s ease-in 1s forwards`,
    },
    [`${staleRow}, ${staleRow} > *`]: { color: theme.palette.text.secondary },
    // A table row: the rule on its left edge; a card: around it.
    [`&.${rowClass.stale} tr[${ROW_ATTRIBUTE}] > :first-child`]: { borderLeft: rule },
    [`&.${rowClass.stale} > li`]: { border: rule },
  };
}

/** One date formatter per language, not one per row and render (Intl constructors are slow). */
export function useDateFormat(language: string) {
  return useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }), [language]);
}
