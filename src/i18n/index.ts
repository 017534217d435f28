import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { en } from './en';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const NAMESPACES = ['common', 'requests', 'suggestions', 'search', 'demo'] as const;
export const LANGUAGE_STORAGE_KEY = 'cr.language';

export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** The resolved language of an i18n instance, narrowed to the supported ones. */
export function currentLanguage(instance: I18n): Language {
  const lng = instance.resolvedLanguage;
  return isLanguage(lng) ? lng : 'en';
}

/**
 * A new i18next instance. English ships in the main bundle; German is loaded on demand
 * (a separate chunk). The language follows localStorage (the user's choice), then the browser.
 */
export async function createI18n(options: { lng?: Language } = {}): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).use(
    resourcesToBackend((lng: string, ns: string) => {
      if (lng === 'de') return import(`./de/${ns}.json`);
      return Promise.resolve({});
    }),
  );
  if (options.lng === undefined) instance.use(LanguageDetector);
  await instance.init({
    ...(options.lng === undefined ? {} : { lng: options.lng }),
    resources: { en },
    partialBundledLanguages: true,
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes.
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    react: { useSuspense: false },
    returnNull: false,
  });
  return instance;
}
