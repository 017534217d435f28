import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..');
const SEARCH = join(SRC, 'features', 'customer-search');
const CAPTCHA = join(SRC, 'components', 'captcha');

/**
 * `import … from '…'`, `import '…'` and `export … from '…'`: what the bundler puts in the same
 * chunk. `import type` / `export type` are erased; `import('…')` starts a chunk of its own.
 */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const candidates = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ending) => base + ending);
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

/** The app's modules that load with `entry`: its static relative imports, followed through. */
function staticallyReachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const [, typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (typeOnly !== undefined || specifier === undefined || !specifier.startsWith('.')) continue;
      const target = resolveModule(file, specifier);
      if (target !== null) queue.push(target);
    }
  }
  return seen;
}

const searchModules = (files: Set<string>) =>
  [...files]
    .filter((file) => file.startsWith(SEARCH))
    .map((file) => relative(SEARCH, file))
    .sort();

describe('the customer search dialog stays out of the main chunk (issue 8)', () => {
  it('from main.tsx only the Search button and the feature index load statically', () => {
    const reachable = staticallyReachable(join(SRC, 'main.tsx'));
    expect(searchModules(reachable)).toEqual(['customer-search-button.tsx', 'index.ts']);
    // The captcha, shared with Send again, is fetched with the dialogs that use it.
    expect([...reachable].filter((file) => file.startsWith(CAPTCHA))).toEqual([]);
  });

  it('the button fetches the dialog through a dynamic import', () => {
    const button = readFileSync(join(SEARCH, 'customer-search-button.tsx'), 'utf8');
    expect(button).toMatch(/import\(\s*['"]\.\/customer-search-dialog['"]\s*\)/);
  });

  it('the dialog chunk holds the search flow (the walk above sees what it guards)', () => {
    const dialogTree = searchModules(
      staticallyReachable(join(SEARCH, 'customer-search-dialog.tsx')),
    );
    expect(dialogTree).toEqual(
      expect.arrayContaining([
        'customer-search-dialog.tsx',
        'request-form.tsx',
        'request-section.tsx',
        'search-form.tsx',
        'search-results.tsx',
        'api.ts',
        'validation.ts',
      ]),
    );
    const all = staticallyReachable(join(SEARCH, 'customer-search-dialog.tsx'));
    expect([...all].filter((file) => file.startsWith(CAPTCHA)).length).toBeGreaterThan(0);
  });
});
