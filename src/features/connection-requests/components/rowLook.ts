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
 * The look both layouts share: a row Show points at starts tinted and fades back, and rows kept
 * after a failed refresh are greyed (the text keeps 5:1 contrast) beside the Retry that explains.
 */
export function rowStates(theme: Theme) {
  const staleRow = `&.${rowClass.stale} [${ROW_ATTRIBUTE}]`;
  return {
    [`& .${rowClass.spotlight}`]: {
      backgroundColor: alpha(theme.palette.primary.main, 0.2),
      animation: `${fadeOut} 4s ease-in 1s forwards`,
    },
    [`${staleRow}, ${staleRow} > *`]: {
      color: theme.palette.text.secondary,
      backgroundColor: theme.palette.grey[50],
    },
  };
}

/** One date formatter per language, not one per row and render (Intl constructors are slow). */
export function useDateFormat(language: string) {
  return useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }), [language]);
}
