import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TABLE_QUERY,
  formatTableQuery,
  isFiltered,
  parseTableQuery,
  toListArgs,
} from './table-query';

describe('parseTableQuery', () => {
  it('reads every value from the query string', () => {
    expect(
      parseTableQuery('?status=expired&q=M%C3%BCller&sort=customer&order=asc&page=3&pageSize=50'),
    ).toEqual({
      status: 'expired',
      q: 'Müller',
      sort: 'customer',
      order: 'asc',
      page: 3,
      pageSize: 50,
    });
  });

  it('reads the suggestions filter', () => {
    expect(parseTableQuery('?status=suggested').status).toBe('suggested');
  });

  it('falls back to defaults for missing values', () => {
    expect(parseTableQuery('')).toEqual(DEFAULT_TABLE_QUERY);
  });

  it('falls back to defaults for invalid values', () => {
    expect(parseTableQuery('?status=lost&sort=email&order=up&page=-2&pageSize=7&q=%20%20')).toEqual(
      DEFAULT_TABLE_QUERY,
    );
    expect(parseTableQuery('?page=0').page).toBe(1);
    expect(parseTableQuery('?page=1.5').page).toBe(1);
    expect(parseTableQuery('?pageSize=1000').pageSize).toBe(25);
  });

  it('cuts an overlong name filter to 100 characters', () => {
    expect(parseTableQuery(`?q=${'a'.repeat(150)}`).q).toHaveLength(100);
  });
});

describe('formatTableQuery', () => {
  it('leaves defaults out', () => {
    expect(formatTableQuery(DEFAULT_TABLE_QUERY)).toBe('');
  });

  it('round-trips through parseTableQuery', () => {
    const query = {
      status: 'pending',
      q: 'a&b',
      sort: 'status',
      order: 'asc',
      page: 2,
      pageSize: 10,
    } as const;
    expect(parseTableQuery(formatTableQuery(query))).toEqual(query);
  });
});

describe('toListArgs and isFiltered', () => {
  it('omits the all-status and empty name filters', () => {
    expect(toListArgs(DEFAULT_TABLE_QUERY)).toEqual({
      sort: 'sentAt',
      order: 'desc',
      page: 1,
      pageSize: 25,
    });
    expect(isFiltered(DEFAULT_TABLE_QUERY)).toBe(false);
    expect(isFiltered({ ...DEFAULT_TABLE_QUERY, q: 'x' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_TABLE_QUERY, status: 'approved' })).toBe(true);
  });
});
