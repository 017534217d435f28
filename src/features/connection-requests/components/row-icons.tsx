import { memo, useLayoutEffect, useRef } from 'react';
import { useTheme, type Theme } from '@mui/material/styles';
import type { SvgIconComponent } from '@mui/icons-material';
import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import HistoryIcon from '@mui/icons-material/History';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import LightbulbIcon from '@mui/icons-material/LightbulbOutlined';
import UndoIcon from '@mui/icons-material/Undo';
import { iconColor, iconProperty, type RowIconName } from './row-controls-look';

/** MUI's icons the rows show: each status's, and History's. */
const ICONS: Record<RowIconName, SvgIconComponent> = {
  suggested: LightbulbIcon,
  pending: HourglassTopIcon,
  approved: CheckCircleIcon,
  expired: EventBusyIcon,
  rejected: CancelIcon,
  withdrawn: UndoIcon,
  history: HistoryIcon,
};
const ICON_ATTRIBUTE = 'data-row-icon';

/**
 * The colours the document's drawings have: later tables and chips in the same colours draw nothing
 * (a theme is compared by its colours, as each ThemeProvider hands out an object of its own).
 */
let drawnIn: string | null = null;
const colorsOf = (theme: Theme) =>
  (Object.keys(ICONS) as RowIconName[]).map((name) => iconColor(theme, name)).join(' ');

/**
 * Hands MUI's icons to CSS, once per page and theme: renders them hidden, then keeps each drawing,
 * filled with its colour (iconColor), on the document as an SVG data URI in a custom property
 * (iconProperty). A chip or button shows it as its background (rowControls), where an SvgIcon per
 * chip and button was two components, an Emotion class and two elements in each of the 25 rows
 * every sort and page change mounts.
 */
export const RowIcons = memo(function RowIcons() {
  const theme = useTheme();
  const colors = colorsOf(theme);
  // Until drawn: the hidden icons stay until this renders again (a change of theme), then go.
  const needed = drawnIn !== colors;
  const sprite = useRef<HTMLDivElement>(null);
  // Before the first paint, so the rows rendered with it show their icons in that paint.
  useLayoutEffect(() => {
    if (!needed || sprite.current === null) return;
    const serializer = new XMLSerializer();
    for (const svg of sprite.current.querySelectorAll(`svg[${ICON_ATTRIBUTE}]`)) {
      const name = svg.getAttribute(ICON_ATTRIBUTE) as RowIconName;
      const drawing = svg.cloneNode(true) as Element;
      drawing.setAttribute('fill', iconColor(theme, name));
      const data = encodeURIComponent(serializer.serializeToString(drawing));
      document.documentElement.style.setProperty(
        iconProperty(name),
        `url("data:image/svg+xml,${data}")`,
      );
    }
    drawnIn = colors;
  }, [needed, theme, colors]);
  if (!needed) return null;
  return (
    <div ref={sprite} hidden>
      {Object.entries(ICONS).map(([name, Icon]) => (
        <Icon key={name} {...{ [ICON_ATTRIBUTE]: name }} />
      ))}
    </div>
  );
});
