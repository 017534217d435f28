import path from 'node:path';
import { build, type Manifest, type Rolldown, type Rollup } from 'vite';
import { withStaticImports } from './static-imports.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The app as `vite build` makes it, kept in memory: Vite's manifest and what each chunk holds. */
export interface AppBuild {
  /** Every chunk by its source (shared chunks by `_name`), with its static and dynamic imports. */
  manifest: Manifest;
  /** The source modules (paths from the repository root) bundled into each output file. */
  modulesByFile: ReadonlyMap<string, readonly string[]>;
}

/**
 * Builds the app with the project's own vite.config.ts, plus Vite's manifest; nothing is written
 * and nothing minified (what goes into which chunk does not depend on it, and it is faster).
 */
export async function buildApp(): Promise<AppBuild> {
  const result = await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { write: false, manifest: true, minify: false, sourcemap: false },
  });
  const { output } = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  const manifestFile = output.find(
    (item): item is Rollup.OutputAsset =>
      item.type === 'asset' && item.fileName.endsWith('manifest.json'),
  );
  if (manifestFile === undefined) throw new Error('The build wrote no manifest');
  const manifest = JSON.parse(String(manifestFile.source)) as Manifest;
  const modulesByFile = new Map(
    output
      .filter((item): item is Rollup.OutputChunk => item.type === 'chunk')
      .map((chunk) => [
        chunk.fileName,
        chunk.moduleIds.map((id) => path.relative(ROOT, id).split(path.sep).join('/')),
      ]),
  );
  return { manifest, modulesByFile };
}

/** The source modules that load with a chunk (its own and its static imports'). */
export function modulesLoadedWith({ manifest, modulesByFile }: AppBuild, key: string): string[] {
  return withStaticImports([key], (chunkKey) => manifest[chunkKey]?.imports).flatMap((chunkKey) => {
    const file = manifest[chunkKey]?.file;
    return file === undefined ? [] : (modulesByFile.get(file) ?? []);
  });
}
