/**
 * A page in a new browser context with the bench's probe (page-probe.mjs), and a cold load of it
 * to its first rows: the time and the JavaScript fetched before they were painted.
 */
import path from 'node:path';
import { gzipSize } from './chunks.mjs';
import { pageProbe } from './page-probe.mjs';

export const TABLE = 'table[aria-labelledby="requests-heading"]';

export async function newPage(browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    serviceWorkers: 'allow',
  });
  await context.addInitScript(pageProbe, TABLE);
  const page = await context.newPage();
  return { context, page };
}

export async function firstRows(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(() => window.__bench.firstRows);
}

/** A cold load: new context (empty cache, service worker installed on the way). */
export async function coldLoad(browser, url, outDir) {
  const { context, page } = await newPage(browser);
  try {
    const result = await firstRows(page, url);
    const before = result.js.filter((entry) => entry.start <= result.painted);
    const files = [...new Set(before.map((entry) => entry.path))];
    const gzip = files.reduce((sum, file) => sum + gzipSize(path.join(outDir, file)), 0);
    return { ms: result.painted, inDomMs: result.inDom, fcp: result.fcp, gzip, files };
  } finally {
    await context.close();
  }
}
