/** The build's source maps, read to name the code a sampled frame of the built JavaScript ran. */
import fs from 'node:fs';
import path from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/**
 * Maps a frame of the built JavaScript to its original source (a path from the repository's
 * root, `node_modules/react-dom/…` or `src/…`) and name, through the build's source maps.
 */
export function symbolicator(outDir, root) {
  const maps = new Map();
  const positions = new Map();
  const mapOf = (url) => {
    let pathname;
    try {
      pathname = new URL(url).pathname;
    } catch {
      return null;
    }
    if (!maps.has(pathname)) {
      const file = path.join(outDir, `${pathname}.map`);
      maps.set(
        pathname,
        fs.existsSync(file)
          ? { dir: path.dirname(file), map: new TraceMap(fs.readFileSync(file, 'utf8')) }
          : null,
      );
    }
    return maps.get(pathname);
  };
  /** The original source and name of a frame, or null when the script has no map. */
  return (url, line, column) => {
    const key = `${url}:${line}:${column}`;
    if (!positions.has(key)) {
      const found = url ? mapOf(url) : null;
      const original = found ? originalPositionFor(found.map, { line: line + 1, column }) : null;
      positions.set(
        key,
        original?.source
          ? {
              source: path.relative(root, path.resolve(found.dir, original.source)),
              name: original.name,
            }
          : null,
      );
    }
    return positions.get(key);
  };
}
