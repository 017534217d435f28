import { describe, expect, it } from 'vitest';
import { readPage, segmentOf } from './paging';

describe('readPage: one page across ordered segments', () => {
  const segments = [
    segmentOf(['a', 'b', 'c'], (x) => x.toUpperCase()),
    segmentOf([], (x: string) => x),
    segmentOf(['d', 'e', 'f', 'g'], (x) => x, true),
  ];

  it('reads every page as a slice of the concatenation, backwards segments reversed', () => {
    const whole = ['A', 'B', 'C', 'g', 'f', 'e', 'd'];
    for (const pageSize of [1, 2, 3, 5, 7, 10]) {
      const pages = Array.from({ length: Math.ceil(whole.length / pageSize) }, (_, n) =>
        readPage(segments, { page: n + 1, pageSize }),
      );
      expect(pages.flatMap((p) => p.items)).toEqual(whole);
      expect(pages.every((p) => p.total === whole.length)).toBe(true);
    }
  });

  it('a page past the end is empty but still counts the total', () => {
    expect(readPage(segments, { page: 3, pageSize: 5 })).toEqual({ items: [], total: 7 });
  });

  it("turns only the page's rows into wire objects", () => {
    const seen: number[] = [];
    const counted = segmentOf([1, 2, 3, 4, 5, 6], (n) => {
      seen.push(n);
      return n;
    });
    expect(readPage([counted], { page: 2, pageSize: 2 }).items).toEqual([3, 4]);
    expect(seen).toEqual([3, 4]);
  });
});
