import path from 'node:path';
import type { IndexHtmlTransformContext, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { earlyMockWorker } from '../../vite.config.ts';

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
