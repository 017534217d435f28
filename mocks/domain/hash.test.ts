import { describe, expect, it } from 'vitest';
import { canonicalJson, hashText } from './hash';

describe('hashText', () => {
  it('is short and stable, and tells different texts apart', () => {
    // Stored states hold these hashes: a change to the function would forget every used token.
    expect(hashText('token-1')).toBe('io7ijcyytt');
    expect(hashText('')).toBe('wvjl67o803');
    expect(hashText('token-1')).not.toBe(hashText('token-2'));
    expect(hashText('x'.repeat(1_000_000)).length).toBeLessThanOrEqual(11);
  });
});

describe('canonicalJson', () => {
  it('orders object keys at every depth, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 }),
    );
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });

  it('gives no body a fingerprint of its own', () => {
    expect(canonicalJson(undefined)).toBe('');
    expect(canonicalJson({})).toBe('{}');
  });
});
