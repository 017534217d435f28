import { describe, expect, it } from 'vitest';
import { keyOf, orders, reference, rows } from '../testing/rows';
import { worldFor } from '../testing/test-world';

describe('large-account: 10,000 requests and 500 suggestions as one list', () => {
  const large = worldFor('large-account');

  it('counts both kinds and starts with the suggestions', () => {
    const first = rows(large, 'pageSize=100');
    expect(first.total).toBe(10_500);
    expect(first.items.every((row) => row.kind === 'suggestion')).toBe(true);
    expect(rows(large, 'pageSize=100&page=105').items.every((r) => r.kind === 'request')).toBe(
      true,
    );
    expect(rows(large, 'status=suggested').total).toBe(500);
  });

  it.each(orders)(
    'sort=%s&order=%s: first, last and boundary pages match the contract',
    (sort, order) => {
      const expected = reference(large, { sort, order });
      const pageSize = 30;
      const lastPage = Math.ceil(expected.length / pageSize);
      // 500 / 30: page 17 holds the last 20 suggestions and the first 10 requests (sentAt desc).
      for (const page of [1, 16, 17, 18, lastPage - 1, lastPage]) {
        const got = rows(large, `sort=${sort}&order=${order}&page=${page}&pageSize=${pageSize}`);
        expect(got.items.map(keyOf)).toEqual(
          expected.slice((page - 1) * pageSize, page * pageSize),
        );
      }
    },
  );

  it('pages across the boundary with no row twice and none missing', () => {
    const around = [16, 17, 18].flatMap((page) =>
      rows(large, `page=${page}&pageSize=30`).items.map(keyOf),
    );
    expect(around).toHaveLength(90);
    expect(new Set(around).size).toBe(90);
    expect(around.slice(0, 30).every((key) => key.startsWith('s:'))).toBe(true);
    expect(around.slice(60).every((key) => key.startsWith('r:'))).toBe(true);
  });
});
