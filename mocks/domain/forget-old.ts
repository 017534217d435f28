/**
 * Forgets entries older than `ttlMs` and, past `max`, the oldest (a Map iterates in insertion
 * order, which is the order they were made in): what the store remembers of used captcha tokens,
 * idempotent answers and keys in flight stays bounded by age and by count.
 */
export function forgetOld<T>(
  entries: Map<string, T>,
  timeOf: (entry: T) => number,
  now: number,
  ttlMs: number,
  max: number,
): void {
  for (const [key, entry] of entries) {
    if (now - timeOf(entry) >= ttlMs) entries.delete(key);
  }
  for (const key of entries.keys()) {
    if (entries.size <= max) break;
    entries.delete(key);
  }
}
