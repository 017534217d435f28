/**
 * The supported languages and the user's remembered choice. A few lines instead of
 * i18next-browser-languagedetector, which weighed on the first screen.
 */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Where the choice is remembered; the key the detector used, so existing users keep theirs. */
export const LANGUAGE_STORAGE_KEY = 'cr.language';

export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** The supported language a BCP 47 tag asks for, by its primary subtag (`de-AT` → `de`). */
export function supportedLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return isLanguage(primary) ? primary : undefined;
}

/** localStorage, or undefined where even touching it throws (blocked storage, sandboxed frames). */
function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  // Older browsers have only navigator.language.
  const languages = navigator.languages as readonly string[] | undefined;
  return languages && languages.length > 0 ? languages : [navigator.language];
}

/**
 * The language to start in: the remembered choice, else the first supported entry of the
 * browser's preferred languages, else English.
 */
export function readLanguageChoice(
  storage: Pick<Storage, 'getItem'> | undefined = browserStorage(),
  preferred: readonly string[] = browserLanguages(),
): Language {
  let remembered: string | null = null;
  try {
    remembered = storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    // Unreadable storage: fall through to the browser's languages.
  }
  const fromStorage = supportedLanguage(remembered);
  if (fromStorage) return fromStorage;
  for (const tag of preferred) {
    const language = supportedLanguage(tag);
    if (language) return language;
  }
  return 'en';
}

/** Remembers the user's choice; where storage fails (private mode, quota) it lasts this visit. */
export function rememberLanguageChoice(
  language: string,
  storage: Pick<Storage, 'setItem'> | undefined = browserStorage(),
): void {
  const supported = supportedLanguage(language);
  if (!supported) return;
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, supported);
  } catch {
    // Not remembered, and nothing else breaks.
  }
}
