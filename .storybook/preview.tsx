import type { i18n as I18n } from 'i18next';
import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import { configure } from 'storybook/test';
import { AppProviders } from '../src/app/app-providers';
import { makeStore, type AppStore } from '../src/app/store';
import type { ScenarioName } from '../src/contract';
import { createI18n, isLanguage, type Language } from '../src/i18n';
import { LocaleSync } from './locale-sync';
import { handlers } from '../mocks/handlers';
import { resetMockStore } from '../mocks/store';

/** The mock world a story starts in: a scenario, then optional helpers from mocks/scenarios.ts. */
export interface StoryScenario {
  /** Seeded scenario to start from (default: `default`). */
  name?: ScenarioName;
  /** Runs after the reset, before rendering, e.g. `() => withSearchLimitReached()`. */
  setup?: () => void;
}

declare module 'storybook/internal/csf' {
  interface Parameters {
    scenario?: StoryScenario;
    /** Query-string entries the story starts with, e.g. the table's `{ status: 'rejected' }`. */
    urlQuery?: Record<string, string>;
  }
}

/**
 * The page keeps state outside React (the table's view in the URL, the last visit in
 * localStorage). Snapshot both before a story and put them back after, so no story starts where
 * another left off, and the Storybook UI's own localStorage entries survive.
 */
function isolateBrowserState(urlQuery: Record<string, string> | undefined): () => void {
  const href = window.location.href;
  const storage = new Map<string, string>();
  for (let index = 0; index < window.localStorage.length; index++) {
    const key = window.localStorage.key(index);
    if (key !== null) storage.set(key, window.localStorage.getItem(key) ?? '');
  }
  if (urlQuery) {
    const url = new URL(href);
    for (const [key, value] of Object.entries(urlQuery)) url.searchParams.set(key, value);
    window.history.replaceState(window.history.state, '', url);
  }
  return () => {
    window.history.replaceState(window.history.state, '', href);
    window.localStorage.clear();
    for (const [key, value] of storage) window.localStorage.setItem(key, value);
  };
}

// Two shared cores: a cold first render (lazy chunks, German bundles) can take seconds. Waiting
// longer only slows a failing play function, never a passing one.
configure({ asyncUtilTimeout: 10_000 });

function localeOf(globals: Record<string, unknown>): Language {
  const { locale } = globals;
  return typeof locale === 'string' && isLanguage(locale) ? locale : 'en';
}

interface ProvidersLoaded {
  store: AppStore;
  i18n: I18n;
}

/**
 * A fresh Redux store and i18n instance per story load (loaders run once per story, not on every
 * args change), so no cached server data or language choice leaks from one story to the next.
 */
const providersLoader: Loader = async ({ globals }) => {
  const loaded: ProvidersLoaded = {
    store: makeStore(),
    i18n: await createI18n({ lng: localeOf(globals) }),
  };
  return loaded;
};

const withProviders: Decorator = (Story, { loaded, globals }) => {
  const { store, i18n } = loaded as ProvidersLoaded;
  return (
    <LocaleSync i18n={i18n} locale={localeOf(globals)}>
      <AppProviders store={store} i18n={i18n}>
        <Story />
      </AppProviders>
    </LocaleSync>
  );
};

/**
 * One service worker for the whole Storybook session with the app's own handlers (they survive
 * the addon's reset between stories); per-story overrides come from `parameters.msw`.
 */
async function startWorker() {
  const worker = setupWorker(...handlers);
  await worker.start({
    quiet: true,
    onUnhandledRequest(request, print) {
      // A story that calls an API no handler answers is broken: say so loudly.
      if (new URL(request.url).pathname.startsWith('/api/')) print.error();
    },
  });
  return worker;
}

const preview: Preview = {
  loaders: [mswLoader(startWorker), providersLoader],
  decorators: [withProviders],
  // An in-memory mock database per story (never the browser's persisted one): stories cannot
  // leak state into each other, and the demo app's saved data is left alone.
  beforeEach: ({ parameters }) => {
    const { scenario, urlQuery } = parameters;
    resetMockStore(scenario?.name);
    scenario?.setup?.();
    return isolateBrowserState(urlQuery);
  },
  globalTypes: {
    locale: {
      description: 'Language of the UI',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    layout: 'padded',
    // Any axe violation fails the story's test (and shows red in the a11y panel).
    a11y: { test: 'error' },
    controls: { matchers: { date: /(At|Date)$/ } },
  },
  tags: ['test'],
};

export default preview;
