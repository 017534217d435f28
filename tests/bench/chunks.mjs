/** Helpers shared by the benchmark (run.mjs and its modules) and the size budget check (size.mjs). */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { withStaticImports } from '../utils/static-imports.mjs';

const gzipCache = new Map();

/** Gzip size of a file at level 9 (what a static server with compression would send). */
export function gzipSize(file) {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

export const formatKiB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The entry chunks of a Rollup/Rolldown output and everything they import statically. */
export function initialChunks(output) {
  const byName = new Map(
    output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );
  const entries = [...byName.values()].filter((chunk) => chunk.isEntry).map((c) => c.fileName);
  return withStaticImports(entries, (name) => byName.get(name)?.imports).flatMap(
    (name) => byName.get(name) ?? [],
  );
}

/** The scripts an index.html loads: module scripts and modulepreload links (paths as written). */
export function scriptsOf(html) {
  const found = [];
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) found.push(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    found.push(match[1]);
  }
  return [...new Set(found)];
}
