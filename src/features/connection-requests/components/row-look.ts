import { useMemo } from 'react';
import { alpha, keyframes, lighten, type Theme } from '@mui/material/styles';
import { tableCellClasses } from '@mui/material/TableCell';
import type { RowView } from '../model/rows';
import { controlClass, rowControls } from './row-controls-look';

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
  /** A table row, its cells and the tick's cell: plain elements with MUI's small body look. */
  row: 'cr-row',
  selected: 'cr-row-selected',
  cell: 'cr-cell',
  tickCell: 'cr-cell-tick',
  /** The Actions column: the buttons, then on a line of its own why nothing or the attempts left. */
  actions: 'cr-row-actions',
  /** A card's status: the chip (or the chips' line), then why suggested or the days left. */
  status: 'cr-row-status',
  chips: 'cr-row-chips',
  /** A secondary line under a column's main content (caption size). */
  note: 'cr-row-note',
  /** Why a row offers no action (body size). */
  hint: 'cr-row-hint',
  /** Show pointed at this row. */
  spotlight: 'cr-row-spotlight',
  /** On the table or list: the refresh failed, the rows may be out of date. */
  stale: 'cr-stale',
} as const;

/**
 * The parts inside a row, plain elements styled once on the table or the card list: a styled
 * element or a Typography per part and row made Emotion serialise the same rules for each of
 * the 25 rows of every page.
 */
export function rowParts(theme: Theme) {
  const column = {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
  } as const;
  const line = {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  } as const;
  const secondary = { margin: 0, color: theme.palette.text.secondary };
  return {
    [`& .${rowClass.status}`]: column,
    [`& .${rowClass.chips}`]: line,
    // A button's label on one line: the buttons wrap as a whole, never their words; a note or a
    // hint takes a line of its own under them.
    [`& .${rowClass.actions}`]: {
      ...line,
      [`& .${controlClass.button}`]: { whiteSpace: 'nowrap' },
      [`& > .${rowClass.note}, & > .${rowClass.hint}`]: { flexBasis: '100%' },
    },
    [`& .${rowClass.note}`]: { ...theme.typography.caption, ...secondary, display: 'block' },
    [`& .${rowClass.hint}`]: { ...theme.typography.body2, ...secondary },
    // In a table cell the status's note is under the chip, as a card's column puts it.
    [`& td > .${rowClass.note}`]: { marginTop: theme.spacing(0.5) },
    ...rowControls(theme),
  };
}

/**
 * The look of MUI's TableRow (hover) and small body TableCell, for the body rows' plain `tr`,
 * `th` and `td`: 175 TableCell and 25 TableRow components a page (each resolving its theme
 * props, classes and Emotion styles) were a third of a page change's MUI work, for the same CSS.
 */
export function tableBodyStyles(theme: Theme) {
  const { palette } = theme;
  return {
    [`& .${rowClass.row}`]: {
      color: 'inherit',
      display: 'table-row',
      verticalAlign: 'middle',
      outline: 0,
      '&:hover': { backgroundColor: palette.action.hover },
    },
    [`& .${rowClass.selected}`]: {
      backgroundColor: alpha(palette.primary.main, palette.action.selectedOpacity),
      '&:hover': {
        backgroundColor: alpha(
          palette.primary.main,
          palette.action.selectedOpacity + palette.action.hoverOpacity,
        ),
      },
    },
    [`& .${rowClass.cell}`]: {
      ...theme.typography.body2,
      display: 'table-cell',
      verticalAlign: 'inherit',
      borderBottom: `1px solid ${lighten(alpha(palette.divider, 1), 0.88)}`,
      textAlign: 'left',
      padding: '6px 16px',
      color: palette.text.primary,
    },
    // A checkbox cell that does not grow, its 18 px tick in a 24 px box, in the body as in the
    // head's (MUI's small table).
    [`& .${rowClass.tickCell}`]: { width: 24, padding: '0 12px 0 16px' },
    [`& .${rowClass.tickCell} .${controlClass.tick}, & .${tableCellClasses.paddingCheckbox} .${controlClass.tick}`]:
      { margin: '3px' },
  };
}

/** Class names of a card's own parts, styled once on the card list. */
export const cardClass = {
  head: 'cr-card-head',
  /** A head that starts with a tick: pulled left so the name lines up with the rest. */
  withTick: 'cr-card-with-tick',
  title: 'cr-card-title',
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
    // (The tick cell is the first `td`; Emotion warns on `:first-child`, unsafe in SSR.)
    [`&.${rowClass.stale} tr[${ROW_ATTRIBUTE}] > td:first-of-type`]: { borderLeft: rule },
    [`&.${rowClass.stale} > li`]: { border: rule },
  };
}

/** One date formatter per language, not one per row and render (Intl constructors are slow). */
export function useDateFormat(language: string) {
  return useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }), [language]);
}
