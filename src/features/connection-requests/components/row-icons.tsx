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
 * Pixels per CSS pixel of a drawn icon: sharp on screens and zoom up to four device pixels per CSS
 * pixel, and in print.
 */
const BITMAP_SCALE = 4;
const ICON_SIZE = 18;
const VIEW_BOX = 24;

/**
 * The icon as a PNG data URI, drawn with the browser's canvas from MUI's own path data (`d`), in
 * its colour; null where the canvas cannot draw it as it is (no Path2D, as in jsdom, or any shape
 * or attribute beyond a plain path). A bitmap, not the SVG: each distinct SVG image is a document
 * of its own to the browser (seven on the first paint), and an SVG background is recorded again
 * at every paint, where a bitmap is one image (paint per sort 3.3 -> 2.4 ms, same run).
 */
function bitmapOf(svg: Element, color: string): string | null {
  if (typeof Path2D !== 'function') return null;
  const paths = [...svg.children];
  const plain = (shape: Element) =>
    shape.tagName.toLowerCase() === 'path' &&
    shape.getAttributeNames().every((attribute) => attribute === 'd');
  if (paths.length === 0 || !paths.every(plain)) return null;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = ICON_SIZE * BITMAP_SCALE;
  const context = canvas.getContext('2d');
  if (context === null) return null;
  const scale = (ICON_SIZE * BITMAP_SCALE) / VIEW_BOX;
  context.scale(scale, scale);
  context.fillStyle = color;
  for (const path of paths) context.fill(new Path2D(path.getAttribute('d') ?? ''));
  return canvas.toDataURL('image/png');
}

/** The icon as an SVG data URI: MUI's drawing as rendered, filled with its colour. */
function svgOf(svg: Element, color: string): string {
  const drawing = svg.cloneNode(true) as Element;
  drawing.setAttribute('fill', color);
  return `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(drawing))}`;
}

/**
 * Hands MUI's icons to CSS, once per page and theme: renders them hidden, then keeps each drawing,
 * filled with its colour (iconColor), on the document as an image (a PNG drawn from MUI's path,
 * or the SVG itself) in a custom property (iconProperty). A chip or button shows it as its
 * background (rowControls), where an SvgIcon per chip and button was two components, an Emotion
 * class and two elements in each of the 25 rows every sort and page change mounts.
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
    for (const svg of sprite.current.querySelectorAll(`svg[${ICON_ATTRIBUTE}]`)) {
      const name = svg.getAttribute(ICON_ATTRIBUTE) as RowIconName;
      const color = iconColor(theme, name);
      const image = bitmapOf(svg, color) ?? svgOf(svg, color);
      document.documentElement.style.setProperty(iconProperty(name), `url("${image}")`);
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
