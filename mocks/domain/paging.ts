/**
 * Reading one page out of an ordered list that is never built: the list is a run of segments
 * (already ordered arrays, each read forwards or backwards), and only the page's rows are
 * visited and turned into wire objects.
 */
export interface Segment<Out> {
  readonly length: number;
  /** The row at `index` of this segment, as the wire wants it. */
  at(index: number): Out;
}

/** `items` read from first to last, or from last to first when `backwards`. */
export function segmentOf<T, Out>(
  items: readonly T[],
  toWire: (item: T) => Out,
  backwards = false,
): Segment<Out> {
  const last = items.length - 1;
  return {
    length: items.length,
    at: (index) => toWire(items[backwards ? last - index : index] as T),
  };
}

export interface PageWindow {
  page: number;
  pageSize: number;
}

/** The page's rows, read across the segments in order, and the total of all of them. */
export function readPage<Out>(
  segments: readonly Segment<Out>[],
  { page, pageSize }: PageWindow,
): { items: Out[]; total: number } {
  let skip = (page - 1) * pageSize;
  let total = 0;
  const items: Out[] = [];
  for (const segment of segments) {
    total += segment.length;
    for (let i = skip; i < segment.length && items.length < pageSize; i += 1) {
      items.push(segment.at(i));
    }
    skip = Math.max(0, skip - segment.length);
  }
  return { items, total };
}
