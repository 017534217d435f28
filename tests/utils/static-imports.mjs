// @ts-check
/**
 * What loads with a chunk: the graph walk both the build-manifest tests (app-build.ts, over
 * Vite's manifest) and the bench and size budget (chunks.mjs, size.mjs, over Rolldown's output)
 * use to find the first screen's chunks. Plain .mjs so that Node runs it as is in the bench.
 */

/**
 * The chunks `starts` and every chunk they import statically, directly or not: what the browser
 * fetches before they run (a dynamic import() is not followed). Each name once, in the order met.
 *
 * @param {Iterable<string>} starts the chunks' names
 * @param {(name: string) => Iterable<string> | undefined} staticImportsOf a chunk's static imports
 * @returns {string[]}
 */
export function withStaticImports(starts, staticImportsOf) {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} name */
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of staticImportsOf(name) ?? []) visit(next);
  };
  for (const name of starts) visit(name);
  return [...seen];
}
