/** What a row icon looks like on screen: read back from the image CSS paints (RowIcons). */
export interface IconLook {
  /** The image's format, from its data URI: `png` (drawn by the canvas) or `svg+xml`. */
  format: string;
  /**
   * The colour of the icon's fullest pixels (the inside of its shapes, not their smoothed edges),
   * as CSS computes colours: `rgb(r, g, b)`, or `rgba(r, g, b, a)` for a translucent one.
   */
  color: string;
  /** The share of the icon's square those pixels cover (0–1): something is drawn. */
  coverage: number;
}

/** Draws an element's background image into a canvas and reads its solid pixels. */
export async function iconLook(element: Element): Promise<IconLook> {
  const url = /^url\("(.*)"\)$/.exec(getComputedStyle(element).backgroundImage)?.[1] ?? '';
  const format = /^data:image\/([a-z+]+)[;,]/.exec(url)?.[1] ?? 'none';
  const image = new Image();
  image.src = url;
  await image.decode();
  const size = 72;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('No 2D canvas to read the icon with.');
  context.drawImage(image, 0, 0, size, size);
  const { data } = context.getImageData(0, 0, size, size);
  let fullest = 1;
  for (let at = 3; at < data.length; at += 4) fullest = Math.max(fullest, data[at] ?? 0);
  const colors = new Map<string, number>();
  for (let at = 0; at < data.length; at += 4) {
    if (data[at + 3] !== fullest) continue;
    const rgb = `${data[at]}, ${data[at + 1]}, ${data[at + 2]}`;
    const color =
      fullest === 255 ? `rgb(${rgb})` : `rgba(${rgb}, ${Math.round((fullest / 255) * 100) / 100})`;
    colors.set(color, (colors.get(color) ?? 0) + 1);
  }
  const [color = 'none', count = 0] = [...colors].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { format, color, coverage: count / (size * size) };
}
