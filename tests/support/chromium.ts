/**
 * How every browser test here launches Chromium: Debian's (no browser can be downloaded), with
 * flags that work headless as root. Shared by Playwright Test and Vitest's browser mode.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};
