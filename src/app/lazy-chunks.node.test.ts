import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp, modulesLoadedWith, type AppBuild } from '../../tests/utils/app-build';
import { LAZY_NAMESPACES, NAMESPACES } from '../i18n';

const SEARCH = 'src/features/customer-search';
const SEARCH_DIALOG = `${SEARCH}/components/customer-search-dialog.tsx`;
const CAPTCHA = 'src/components/captcha/';
const PANEL = 'src/features/demo-panel';
const DEMO_BUTTON_CHUNK = `${PANEL}/index.ts`;
const DRAWER = `${PANEL}/demo-panel.tsx`;
const DEMO_MESSAGES = 'src/i18n/en/demo.json';

/**
 * What the first screen does not need stays out of the JavaScript it loads, checked on the real
 * build: Vite's manifest (which chunk imports which, statically or dynamically) and the modules
 * in each chunk. One build for every test here.
 */
describe("what loads later, from Vite's build manifest", { timeout: 120_000 }, () => {
  let app: AppBuild;
  let firstScreen: string[];
  beforeAll(async () => {
    app = await buildApp();
    firstScreen = modulesLoadedWith(app, 'index.html');
  }, 180_000);

  it('the first screen has the Search button but not its dialog or the captcha', () => {
    expect(firstScreen).toContain(`${SEARCH}/components/customer-search-button.tsx`);
    expect(firstScreen).not.toContain(SEARCH_DIALOG);
    expect(firstScreen.filter((module) => module.startsWith(CAPTCHA))).toEqual([]);
    expect(app.manifest[SEARCH_DIALOG]?.isDynamicEntry).toBe(true);
  });

  it('the search dialog chunk brings the search flow and the captcha with it', () => {
    const dialog = modulesLoadedWith(app, SEARCH_DIALOG);
    expect(dialog).toEqual(
      expect.arrayContaining([
        SEARCH_DIALOG,
        `${SEARCH}/components/search-form.tsx`,
        `${SEARCH}/components/search-results.tsx`,
        `${SEARCH}/components/request-step.tsx`,
        `${SEARCH}/components/request-form.tsx`,
        `${SEARCH}/model/validation.ts`,
        `${SEARCH}/api.ts`,
      ]),
    );
    expect(dialog.some((module) => module.startsWith(CAPTCHA))).toBe(true);
  });

  it('the Demo button is a chunk of its own, and the drawer another one behind it', () => {
    expect(firstScreen.filter((module) => module.startsWith(`${PANEL}/`))).toEqual([]);
    expect(app.manifest[DEMO_BUTTON_CHUNK]?.isDynamicEntry).toBe(true);
    const button = modulesLoadedWith(app, DEMO_BUTTON_CHUNK);
    expect(button).toContain(`${PANEL}/demo-panel-button.tsx`);
    expect(button).not.toContain(DRAWER);
    expect(app.manifest[DEMO_BUTTON_CHUNK]?.dynamicImports).toContain(DRAWER);
  });

  it("the demo's messages are a lazy namespace, fetched with the panel", () => {
    expect(NAMESPACES).not.toContain('demo');
    expect(LAZY_NAMESPACES).toContain('demo');
    expect(firstScreen).not.toContain(DEMO_MESSAGES);
    expect(app.manifest[DEMO_MESSAGES]?.isDynamicEntry).toBe(true);
  });
});
