import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { en } from './en';
import {
  LANGUAGES,
  isLanguage,
  readLanguageChoice,
  rememberLanguageChoice,
  type Language,
} from './languages';

export {
  LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  isLanguage,
  readLanguageChoice,
  rememberLanguageChoice,
  supportedLanguage,
  type Language,
} from './languages';

/** The first screen's namespaces: loaded (English bundled) before the app renders. */
export const NAMESPACES = ['common', 'requests', 'suggestions', 'search'] as const;
/**
 * Namespaces only lazily loaded UI uses (the demo panel): loaded in every language when a
 * component first asks for them (`useTranslation(ns)`, which reports `ready`), never at start.
 */
export const LAZY_NAMESPACES = ['demo'] as const;
type LazyNamespace = (typeof LAZY_NAMESPACES)[number];

const lazyEnglish: Record<LazyNamespace, () => Promise<unknown>> = {
  demo: () => import('./en/demo.json'),
};

function isLazyNamespace(ns: string): ns is LazyNamespace {
  return (LAZY_NAMESPACES as readonly string[]).includes(ns);
}

/** Messages that are not bundled: German (a chunk per namespace) and the lazy English ones. */
function loadMessages(lng: string, ns: string): Promise<unknown> {
  if (lng === 'de') return import(`./de/${ns}.json`);
  if (lng === 'en' && isLazyNamespace(ns)) return lazyEnglish[ns]();
  return Promise.resolve({});
}

/** The resolved language of an i18n instance, narrowed to the supported ones. */
export function currentLanguage(instance: I18n): Language {
  const lng = instance.resolvedLanguage;
  return isLanguage(lng) ? lng : 'en';
}

/**
 * A new i18next instance. English ships in the main bundle (but for LAZY_NAMESPACES); German is
 * loaded on demand. Without `lng` (the app), the language is the remembered choice, else the
 * browser's, and a change is remembered; tests and stories pass `lng` and remember nothing.
 */
export async function createI18n(options: { lng?: Language } = {}): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).use(resourcesToBackend(loadMessages));
  await instance.init({
    lng: options.lng ?? readLanguageChoice(),
    resources: { en },
    partialBundledLanguages: true,
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes.
    react: { useSuspense: false },
    returnNull: false,
  });
  // Registered after init, so only a change the user makes is remembered, not the start language.
  if (options.lng === undefined) {
    instance.on('languageChanged', (lng) => rememberLanguageChoice(lng));
  }
  return instance;
}
