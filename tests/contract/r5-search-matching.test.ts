/**
 * R5: words in any order, German transliterations both ways, the length counted in
 * characters (code points), at least two letters or digits, and the total beside at most 20
 * matches. HTTP only; the examples are docs/product.md's (R5) and the catalogue's names.
 */
import { describe, expect, it } from 'vitest';
import type { CustomerSearchResult } from '../../src/contract';
import { failureOf } from './client';
import { expectStatus, getSession, search } from './helpers';

async function names(q: string): Promise<string[]> {
  const result: CustomerSearchResult = expectStatus(await search(q), 200);
  return result.items.map((hit) => hit.customerName);
}

async function searchesRemaining(): Promise<number> {
  return (await getSession()).searchesRemaining;
}

describe('R5: what people type finds the customer', () => {
  it('R5: "logistik müller" finds "Müller Logistik GmbH" (words in any order)', async () => {
    expect(await names('logistik müller')).toContain('Müller Logistik GmbH');
  });

  it('R5: "mueller" and "muller" find "Müller Logistik GmbH"', async () => {
    expect(await names('mueller')).toContain('Müller Logistik GmbH');
    expect(await names('muller')).toContain('Müller Logistik GmbH');
  });

  it('R5: "müller" finds a catalogue name spelled "Mueller" (folded on both sides)', async () => {
    const found = await names('müller');
    expect(found).toContain('Mueller Maschinenbau GmbH');
    expect(found).toContain('Müller Logistik GmbH');
  });

  it('R5: "strasse" finds names with "Straße", and "straße" finds the same', async () => {
    const found = await names('strasse');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((name) => /stra(ß|ss)e/i.test(name))).toBe(true);
    expect(found.some((name) => name.includes('Straße'))).toBe(true);
    expect(await names('straße')).toEqual(found);
  });

  it('R5: each valid search, even one with no result, spends one attempt', async () => {
    const result = expectStatus(await search('zzqq xxyy'), 200);
    expect(result).toMatchObject({ items: [], total: 0, searchesRemaining: 4 });
  });
});

describe('R5: at most 20 matches, with the total', () => {
  it('R5: more than 20 matches → 20 items and a total above 20', async () => {
    const result = expectStatus(await search('gmbh'), 200);
    expect(result.items).toHaveLength(20);
    expect(result.total).toBeGreaterThan(20);
    expect(new Set(result.items.map((hit) => hit.customerId)).size).toBe(20);
  });

  it('R5: fewer matches → the total equals the items', async () => {
    const result = expectStatus(await search('logistik müller'), 200);
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.length).toBeLessThan(20);
    expect(result.total).toBe(result.items.length);
  });
});

describe('R5: length in characters and at least two letters or digits, else 422 and not counted', () => {
  const invalid: [string, string][] = [
    ['one emoji (two UTF-16 units)', '😀'],
    ['60 emoji', '😀'.repeat(60)],
    ['only combining marks', '\u0301\u0308\u0327'],
    ['only zero-width characters', '\u200B\u200C\u200D'],
    ['only control characters', '\u0001\u0002\u0003'],
    ['one letter among zero-width characters', '\u200Ba\u200B'],
    ['101 letters', 'a'.repeat(101)],
  ];

  it.each(invalid)('R5: %s → 422 invalid_query on q, not counted', async (_name, q) => {
    expect(failureOf(await search(q))).toEqual({ status: 422, code: 'invalid_query', field: 'q' });
    expect(await searchesRemaining()).toBe(5);
  });

  it.each(invalid)('R5: %s → 422 even with no attempts left (before R4)', async (_name, q) => {
    for (let n = 0; n < 5; n += 1) expectStatus(await search('gmbh'), 200);
    expect(failureOf(await search(q))).toMatchObject({ status: 422, code: 'invalid_query' });
  });

  it('R5: 100 letters are valid, and so are 50 emoji around two letters', async () => {
    expect(expectStatus(await search('a'.repeat(100)), 200).searchesRemaining).toBe(4);
    expect(expectStatus(await search(`${'😀'.repeat(50)}ab`), 200).searchesRemaining).toBe(3);
  });
});
