import { alpha, type Theme } from '@mui/material/styles';
import { ROW_STATUSES, type RowStatus } from '../../../contract';

/**
 * The controls inside a row — its action buttons, its status chip, an approved customer's name,
 * its tick — as plain elements with MUI's look (small Button, small outlined Chip, Link as a
 * button; the browser's own checkbox in the theme's colour), styled
 * once on the table or the card list. As MUI components they were most of a sort's JavaScript:
 * every Button, Chip and Link resolves its theme props and Emotion styles on each of the 25 rows
 * a sort or a page change mounts, for CSS that never changes. Keyboard focus shows the theme's
 * ring (CssBaseline's `:focus-visible`, the same as MUI's controls), so nothing here sets outline.
 */
export const controlClass = {
  button: 'cr-button',
  contained: 'cr-button-contained',
  outlined: 'cr-button-outlined',
  text: 'cr-button-text',
  /** Inherit: the text colour, which keeps its contrast on a selected (tinted) row. */
  inherit: 'cr-button-inherit',
  chip: 'cr-chip',
  link: 'cr-link',
  /** An icon before the words (iconClass names which). */
  icon: 'cr-icon',
  /** A native checkbox: a suggestion's tick, and the tick for all of a page's. */
  tick: 'cr-tick',
} as const;

/** The icons the rows draw (RowIcons hands them to CSS): a status's, and History's. */
export type RowIconName = RowStatus | 'history';
const ICON_NAMES: readonly RowIconName[] = [...ROW_STATUSES, 'history'];
/** The custom property on the document that holds an icon's drawing (an SVG data URI). */
export const iconProperty = (name: RowIconName) => `--cr-icon-${name}`;
/** With controlClass.icon: which icon an element shows before its words. */
export const iconClass = (name: RowIconName) => `cr-icon-${name}`;

/**
 * An icon before an element's words: MUI's drawing in its colour (RowIcons), 18 px as a small
 * Button's or Chip's icon, as the element's own background beside its left padding. A background
 * image, not a mask over a coloured box (a compositing step for each of the 50 icons a sort
 * paints), and not a ::before box (50 more boxes to style and lay out).
 */
function icons() {
  return {
    [`& .${controlClass.icon}`]: {
      backgroundRepeat: 'no-repeat',
      backgroundSize: '18px 18px',
      printColorAdjust: 'exact',
    },
    ...Object.fromEntries(
      ICON_NAMES.map((name) => [
        `& .${iconClass(name)}`,
        { backgroundImage: `var(${iconProperty(name)})` },
      ]),
    ),
  };
}

/** The status colours: a chip's border and icon (its words keep the text colour, full contrast). */
export type ChipColor = 'warning' | 'success' | 'text' | 'error' | 'info' | 'primary';
export const chipColorClass = (color: ChipColor) => `cr-chip-${color}`;

/** Each status's colour: its chip's border and icon. */
export const STATUS_COLOR: Record<RowStatus, ChipColor> = {
  suggested: 'primary',
  pending: 'warning',
  approved: 'success',
  expired: 'text',
  rejected: 'error',
  withdrawn: 'info',
};

function chipColors(theme: Theme): Record<ChipColor, string> {
  const { palette } = theme;
  return {
    primary: palette.primary.dark,
    warning: palette.warning.dark,
    success: palette.success.dark,
    text: palette.text.secondary,
    error: palette.error.dark,
    info: palette.info.dark,
  };
}

/** The colour an icon is drawn in: a status's, or the text button's (History). */
export function iconColor(theme: Theme, name: RowIconName) {
  return name === 'history' ? theme.palette.primary.main : chipColors(theme)[STATUS_COLOR[name]];
}

function buttons(theme: Theme) {
  const { palette } = theme;
  const primary = palette.primary;
  const hoverPrimary = alpha(primary.main, palette.action.hoverOpacity);
  const hoverText = alpha(palette.text.primary, palette.action.hoverOpacity);
  const c = controlClass;
  return {
    [`& .${c.button}`]: {
      ...theme.typography.button,
      fontSize: theme.typography.pxToRem(13),
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      boxSizing: 'border-box',
      minWidth: 64,
      margin: 0,
      border: 0,
      borderRadius: theme.shape.borderRadius,
      backgroundColor: 'transparent',
      color: primary.main,
      cursor: 'pointer',
      userSelect: 'none',
      verticalAlign: 'middle',
      WebkitTapHighlightColor: 'transparent',
      transition: theme.transitions.create(['background-color', 'box-shadow', 'border-color'], {
        duration: theme.transitions.duration.short,
      }),
      '&:disabled': { color: palette.action.disabled, cursor: 'default', pointerEvents: 'none' },
    },
    [`& .${c.contained}`]: {
      padding: '4px 10px',
      color: primary.contrastText,
      backgroundColor: primary.main,
      boxShadow: theme.shadows[2],
      '&:active': { boxShadow: theme.shadows[8] },
      '&:disabled': { boxShadow: 'none', backgroundColor: palette.action.disabledBackground },
    },
    [`& .${c.outlined}`]: {
      padding: '3px 9px',
      border: `1px solid ${alpha(primary.main, 0.5)}`,
      '&:disabled': { border: `1px solid ${palette.action.disabledBackground}` },
    },
    [`& .${c.text}`]: { padding: '4px 5px' },
    [`& .${c.inherit}`]: { color: 'inherit', borderColor: 'currentColor' },
    '@media (hover: hover)': {
      [`& .${c.contained}:hover`]: { backgroundColor: primary.dark, boxShadow: theme.shadows[4] },
      [`& .${c.outlined}:hover`]: { borderColor: primary.main, backgroundColor: hoverPrimary },
      [`& .${c.text}:hover`]: { backgroundColor: hoverPrimary },
      [`& .${c.outlined}.${c.inherit}:hover`]: {
        borderColor: 'currentColor',
        backgroundColor: hoverText,
      },
    },
    [`& .${c.button}.${c.icon}`]: { paddingLeft: 29, backgroundPosition: '3px center' },
  };
}

/** The status chip (also outside the rows, see StatusChip). */
export function chipStyles(theme: Theme) {
  const { palette } = theme;
  const c = controlClass;
  return {
    ...icons(),
    // One element: its icon (a background) and its words, which end in an ellipsis if cut.
    [`& .${c.chip}`]: {
      display: 'inline-block',
      boxSizing: 'border-box',
      maxWidth: '100%',
      height: 24,
      padding: '0 7px 0 2px',
      borderRadius: 12,
      border: `1px solid ${palette.grey[400]}`,
      fontFamily: theme.typography.fontFamily,
      fontSize: theme.typography.pxToRem(13),
      lineHeight: '22px',
      color: palette.text.primary,
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      verticalAlign: 'middle',
    },
    [`& .${c.chip}.${c.icon}`]: { paddingLeft: 23, backgroundPosition: '2px center' },
    ...Object.fromEntries(
      Object.entries(chipColors(theme)).map(([name, color]) => [
        `& .${chipColorClass(name as ChipColor)}`,
        { borderColor: color },
      ]),
    ),
  };
}

function link(theme: Theme) {
  const { primary } = theme.palette;
  return {
    [`& .${controlClass.link}`]: {
      font: 'inherit',
      fontWeight: 500,
      textAlign: 'start',
      margin: 0,
      padding: 0,
      border: 0,
      borderRadius: 0,
      backgroundColor: 'transparent',
      color: primary.main,
      textDecoration: 'underline',
      textDecorationColor: alpha(primary.main, 0.4),
      cursor: 'pointer',
      userSelect: 'none',
      verticalAlign: 'middle',
      WebkitTapHighlightColor: 'transparent',
      '&:hover': { textDecorationColor: 'inherit' },
    },
  };
}

/**
 * The browser's checkbox, 18 px like MUI's icon, checked in the primary colour, in a 42 px target
 * like MUI's Checkbox (a table row's cell narrows it). Not MUI's Checkbox: per row that was four
 * components (ButtonBase, SwitchBase, SvgIcon) and an SVG, a third of a sort's JavaScript.
 * Lengths as strings: in an `sx` (the cards' header) a number would be a spacing factor.
 */
export function tickStyles(theme: Theme) {
  return {
    [`& .${controlClass.tick}`]: {
      width: '18px',
      height: '18px',
      margin: '12px',
      // Beside a long name in a card's head, the tick keeps its size.
      flexShrink: 0,
      verticalAlign: 'middle',
      accentColor: theme.palette.primary.main,
      cursor: 'pointer',
      '&:disabled': { cursor: 'default' },
    },
  };
}

/** Everything above, for a container of rows (the table, the card list, a story). */
export function rowControls(theme: Theme) {
  return { ...buttons(theme), ...chipStyles(theme), ...link(theme), ...tickStyles(theme) };
}
