/**
 * The two pages the benchmark compares, built with Vite's JS API and served with `vite preview`:
 * the app, and the floor fixture (tests/bench/floor) with the MUI modules of the app's first screen.
 */
import path from 'node:path';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { initialChunks } from './chunks.mjs';
import { appOut, floorI18nOut, floorOut, here, root } from './settings.mjs';

/** MUI component and icon modules in the app's initial chunks, as `@mui/...` import paths. */
export function muiModulesOf(chunks) {
  const found = new Set();
  for (const chunk of chunks) {
    for (const id of chunk.moduleIds) {
      const match =
        /node_modules\/@mui\/(material|icons-material)\/(?:esm\/)?([A-Z][A-Za-z0-9_]*)(?:\/|\.m?js$)/.exec(
          id.replaceAll('\\', '/'),
        );
      if (match) found.add(`@mui/${match[1]}/${match[2]}`);
    }
  }
  return [...found].sort();
}

function appMuiPlugin(modules) {
  const id = 'virtual:app-mui';
  return {
    name: 'bench-app-mui',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      const lines = modules.map((m, i) => `import m${i} from '${m}';`);
      const entries = modules.map((m, i) => `  ${JSON.stringify(m)}: m${i},`);
      return `${lines.join('\n')}\nexport const appMuiModules = {\n${entries.join('\n')}\n};\n`;
    },
  };
}

export async function buildApp() {
  const result = await build({
    root,
    logLevel: 'warn',
    build: { outDir: appOut, emptyOutDir: true },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return { output, initial: initialChunks(output) };
}

/** `virtual:floor-i18n`: the floor's texts plain, or through i18next + react-i18next. */
function floorI18nPlugin(withI18n) {
  const file = path.join(here, 'floor', withI18n ? 'i18n.ts' : 'no-i18n.ts');
  return {
    name: 'bench-floor-i18n',
    resolveId: (source) => (source === 'virtual:floor-i18n' ? file : null),
  };
}

export async function buildFloor(muiModules, { withI18n = false } = {}) {
  const result = await build({
    root: path.join(here, 'floor'),
    configFile: false,
    logLevel: 'warn',
    publicDir: path.join(root, 'public'),
    plugins: [react(), appMuiPlugin(muiModules), floorI18nPlugin(withI18n)],
    build: {
      outDir: withI18n ? floorI18nOut : floorOut,
      emptyOutDir: true,
      target: 'es2022',
      // As the app's: the profile reads them, and both pay the same sourceMappingURL comment.
      sourcemap: true,
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return { output, initial: initialChunks(output) };
}

export async function serve(outDir) {
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  return { server, url: `http://127.0.0.1:${address.port}/` };
}
