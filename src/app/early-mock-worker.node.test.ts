import path from 'node:path';
import type { IndexHtmlTransformContext, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { earlyMockChunk, earlyMockWorker } from '../../vite.config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HTML = '<!doctype html><html><head></head><body></body></html>';

/** The tags the plugin adds to an HTML file, for a build with these env values. */
function transform(env: Record<string, string>, filename = path.join(ROOT, 'index.html')) {
  const plugin = earlyMockWorker();
  const { configResolved, transformIndexHtml } = plugin;
  if (typeof configResolved !== 'function' || typeof transformIndexHtml !== 'object') {
    throw new Error('unexpected plugin shape');
  }
  const config = { env, base: '/portal/' } as unknown as ResolvedConfig;
  void configResolved.call({} as never, config);
  const context = { filename, path: '/index.html' } as IndexHtmlTransformContext;
  return transformIndexHtml.handler.call({} as never, HTML, context);
}

describe('index.html registers the mock worker early, so the first request need not wait for it', () => {
  it('adds the registration, under the app base, when the mock backend is on', () => {
    const tags = transform({});
    expect(tags).toEqual([
      expect.objectContaining({
        tag: 'script',
        injectTo: 'head',
        children: expect.stringContaining(
          'navigator.serviceWorker.register("/portal/mockServiceWorker.js")',
        ) as unknown,
      }),
    ]);
  });

  it('adds nothing to a build for a real backend', () => {
    expect(transform({ VITE_API_BASE_URL: 'https://portal.example/api' })).toBe(HTML);
  });

  it('leaves other pages (Storybook, Vitest) alone', () => {
    expect(transform({}, path.join(ROOT, '.storybook', 'iframe.html'))).toBe(HTML);
  });
});

/** The tags earlyMockChunk adds to a built index.html whose bundle has these chunks. */
function transformBuilt(
  chunks: { fileName: string; facadeModuleId: string | null }[],
  filename = path.join(ROOT, 'index.html'),
) {
  const { configResolved, transformIndexHtml } = earlyMockChunk();
  if (typeof configResolved !== 'function' || typeof transformIndexHtml !== 'object') {
    throw new Error('unexpected plugin shape');
  }
  void configResolved.call({} as never, { base: '/portal/' } as unknown as ResolvedConfig);
  const bundle = Object.fromEntries(
    chunks.map((chunk) => [chunk.fileName, { type: 'chunk', ...chunk }]),
  );
  const context = { filename, path: '/index.html', bundle } as unknown as IndexHtmlTransformContext;
  return transformIndexHtml.handler.call({} as never, HTML, context);
}

describe("the built index.html fetches the mock's chunk with the app's own", () => {
  const app = { fileName: 'assets/index-a1.js', facadeModuleId: path.join(ROOT, 'index.html') };
  const mock = {
    fileName: 'assets/browser-b2.js',
    facadeModuleId: path.join(ROOT, 'mocks', 'browser.ts'),
  };

  it('preloads the chunk that mocks/browser.ts starts, under the app base', () => {
    expect(transformBuilt([app, mock])).toEqual([
      {
        tag: 'link',
        injectTo: 'head',
        attrs: { rel: 'modulepreload', crossorigin: true, href: '/portal/assets/browser-b2.js' },
      },
    ]);
  });

  it('adds nothing to a build without the mock (a real backend) or to other pages', () => {
    expect(transformBuilt([app])).toBe(HTML);
    expect(transformBuilt([app, mock], path.join(ROOT, '.storybook', 'iframe.html'))).toBe(HTML);
  });
});
