import { invalidInput } from './errors';

/** Shared parsing of untrusted input (query strings, JSON bodies): wrong shapes → 422 invalid_input. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON body must be an object; anything else is `invalid_input`. */
export function requireObject(body: unknown, field = 'body'): Record<string, unknown> {
  if (!isRecord(body)) throw invalidInput(field, 'The request body must be a JSON object.');
  return body;
}

/** A required string field. */
export function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') throw invalidInput(field, `"${field}" must be a string.`);
  return value;
}

/** One of a fixed set of values. */
export function requireOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  throw invalidInput(field, `"${field}" must be one of: ${allowed.join(', ')}.`);
}

/**
 * A positive integer query parameter (page, pageSize): absent or empty → the default;
 * anything but digits → invalid_input.
 */
function parsePositiveInt(raw: string | null, field: string, fallback: number): number {
  if (raw === null || raw.trim() === '') return fallback;
  const trimmed = raw.trim();
  if (!/^\d+$/.test(trimmed)) throw invalidInput(field, `"${field}" must be a positive integer.`);
  const value = Number(trimmed);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw invalidInput(field, `"${field}" must be a positive integer.`);
  }
  return value;
}

/** Page and page size; a size above `max` is answered with `max` (openapi.yaml). */
export function parsePaging(
  params: URLSearchParams,
  defaultPageSize: number,
  maxPageSize: number,
): { page: number; pageSize: number } {
  const page = parsePositiveInt(params.get('page'), 'page', 1);
  const pageSize = Math.min(
    parsePositiveInt(params.get('pageSize'), 'pageSize', defaultPageSize),
    maxPageSize,
  );
  return { page, pageSize };
}

/** Slices one page out of an already filtered and ordered list. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): T[] {
  const start = (page - 1) * pageSize;
  return items.slice(start, start + pageSize);
}

// RFC 3339 date-time (what the contract's `format: date-time` means), offset required.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/i;

/**
 * Epoch ms of an RFC 3339 date-time (a date, a time and a zone), or NaN. Stricter than
 * Date.parse, which rolls 02-30 over into March.
 */
export function parseDateTime(text: string): number {
  const match = DATE_TIME.exec(text);
  if (!match) return Number.NaN;
  const part = (index: number): number => Number(match[index] ?? 0);
  const [year, month, day] = [part(1), part(2), part(3)];
  const date = new Date(Date.UTC(year, month - 1, day));
  const calendarDay = date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
  // Hours, minutes, seconds, and the offset's hours and minutes.
  const limits: [number, number][] = [
    [4, 23],
    [5, 59],
    [6, 59],
    [9, 23],
    [10, 59],
  ];
  const clockTime = limits.every(([index, max]) => part(index) <= max);
  return calendarDay && clockTime ? Date.parse(text) : Number.NaN;
}
