/**
 * Characters no cell should carry: C0 and C1 controls but line breaks (a comment may have them;
 * the cell is quoted), and the invisible bidirectional marks, embeddings, overrides and isolates
 * that make a cell read differently from what it holds ("Trojan Source").
 */
const UNSAFE = /[^\P{Cc}\r\n]|[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP; tabs are gone). */
const FORMULA_START = /^[=+\-@\r]/;

/**
 * One CSV field: unsafe characters removed first (so none can hide a formula's start), text
 * that a spreadsheet would run as a formula gets a leading apostrophe, and a field containing a
 * quote, comma or line break is quoted with its quotes doubled (RFC 4180).
 */
export function csvField(value: string): string {
  const clean = value.replace(UNSAFE, '');
  const safe = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of fields as RFC 4180 CSV: CRLF between records and after the last one. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
