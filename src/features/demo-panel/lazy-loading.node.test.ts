import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAZY_NAMESPACES, NAMESPACES } from '../../i18n';
import { en } from '../../i18n/en';

const SRC = join(import.meta.dirname, '..', '..');
const PANEL = join(SRC, 'features', 'demo-panel');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.(test|stories)\.tsx?$/.test(entry.name)
      ? [path]
      : [];
  });
}

/** `import … from '…demo-panel…'` or `export … from '…demo-panel…'` (not `import('…')`). */
const STATIC_IMPORT = /^\s*(import|export)\b[^;]*?\bfrom\s+['"][^'"]*demo-panel[^'"]*['"]/m;

describe('the demo panel stays out of the main chunk', () => {
  it('app.tsx loads it only through a dynamic import', () => {
    const app = readFileSync(join(SRC, 'app', 'app.tsx'), 'utf8');
    expect(app).toMatch(/import\(\s*['"]\.\.\/features\/demo-panel['"]\s*\)/);
    expect(app).not.toMatch(STATIC_IMPORT);
  });

  it('the header button loads the drawer only through a dynamic import (issue 8)', () => {
    const button = readFileSync(join(PANEL, 'demo-panel-button.tsx'), 'utf8');
    expect(button).toMatch(/import\(\s*['"]\.\/demo-panel['"]\s*\)/);
    expect(button).not.toMatch(/^\s*import\b[^;]*?\bfrom\s+['"]\.\/demo-panel['"]/m);
  });

  it('no app source outside the panel imports it statically', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !file.startsWith(PANEL))
      .filter((file) => STATIC_IMPORT.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('its English messages are a lazy namespace, not bundled with the first screen (issue 8)', () => {
    expect(Object.keys(en)).not.toContain('demo');
    expect(NAMESPACES).not.toContain('demo');
    expect(LAZY_NAMESPACES).toContain('demo');
  });
});
