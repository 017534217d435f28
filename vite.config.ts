import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * With the mock backend on (no VITE_API_BASE_URL), index.html registers MSW's service worker in
 * its first inline script, so the worker installs while the app's JavaScript downloads instead
 * of after it and the first rows come sooner (mocks/browser.ts waits for it to take control).
 * Only the app's own index.html: Storybook and Vitest pages start MSW their own way.
 */
export function earlyMockWorker(): Plugin {
  const appHtml = path.resolve(import.meta.dirname, 'index.html');
  let script: string | null = null;
  return {
    name: 'early-mock-worker',
    configResolved(config) {
      const apiBaseUrl: unknown = config.env.VITE_API_BASE_URL;
      const mocking = typeof apiBaseUrl !== 'string' || apiBaseUrl.trim() === '';
      const url = JSON.stringify(`${config.base}mockServiceWorker.js`);
      script = mocking
        ? `if ("serviceWorker" in navigator) navigator.serviceWorker.register(${url}).catch(function () {});`
        : null;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (script === null || path.resolve(context.filename) !== appHtml) return html;
        return [{ tag: 'script', injectTo: 'head', children: script }];
      },
    },
  };
}

/**
 * With the mock backend on, the built index.html also fetches the mock's chunk (MSW, handlers,
 * rules) with the app's own instead of when src/main.tsx asks for it: the first request waits
 * for the mock, so its download need not wait for the app's JavaScript to run first. A
 * modulepreload only fetches and compiles; the chunk still runs when main.tsx imports it.
 */
export function earlyMockChunk(): Plugin {
  const appHtml = path.resolve(import.meta.dirname, 'index.html');
  const mockEntry = path.resolve(import.meta.dirname, 'mocks/browser.ts');
  let base = '/';
  return {
    name: 'early-mock-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.bundle === undefined || path.resolve(context.filename) !== appHtml) {
          return html;
        }
        const chunk = Object.values(context.bundle).find(
          (item) =>
            item.type === 'chunk' &&
            item.facadeModuleId !== null &&
            path.resolve(item.facadeModuleId) === mockEntry,
        );
        if (chunk === undefined) return html;
        return [
          {
            tag: 'link',
            injectTo: 'head',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
          },
        ];
      },
    },
  };
}

/**
 * MSW's cookie jar (tough-cookie and its public-suffix list) swapped for an empty one: this API
 * uses no cookies (mocks/no-cookie-jar.ts says what still works). An alias, not a plugin, so
 * that Vite's dependency pre-bundling (dev server, Storybook, Vitest's browser mode) applies it
 * too. Node runs MSW unbundled from node_modules, with the real jar.
 */
export const withoutMswCookieJar = {
  find: /^tough-cookie$/,
  replacement: path.resolve(import.meta.dirname, 'mocks/no-cookie-jar.ts'),
};

// Storybook merges this file into its own build: keep it to what both need.
export default defineConfig({
  plugins: [react(), earlyMockWorker(), earlyMockChunk()],
  resolve: { alias: [withoutMswCookieJar] },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  // Scan the app's own entry only: the scanner would also crawl tests/bench/floor/index.html,
  // fail on its virtual module and skip pre-bundling, so a first `npm start` reloaded 3 times.
  optimizeDeps: { entries: ['index.html'] },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
