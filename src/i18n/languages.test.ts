import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LANGUAGE_STORAGE_KEY,
  createI18n,
  readLanguageChoice,
  rememberLanguageChoice,
  supportedLanguage,
} from '.';

/** A storage holding `value` under the language key (null: nothing remembered). */
function storageWith(value: string | null): Pick<Storage, 'getItem'> {
  return { getItem: (key) => (key === LANGUAGE_STORAGE_KEY ? value : null) };
}

/** Storage as private modes and full quotas behave: every read and write throws. */
const throwingStorage: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('supportedLanguage', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de_CH', 'de'],
    ['DE-de', 'de'],
    ['en-GB', 'en'],
    [' en ', 'en'],
  ])('reads %j as %j', (tag, language) => {
    expect(supportedLanguage(tag)).toBe(language);
  });

  it.each(['fr', 'fr-CA', 'deu', '', null, undefined])('supports no language for %j', (tag) => {
    expect(supportedLanguage(tag)).toBeUndefined();
  });
});

describe('readLanguageChoice', () => {
  it('prefers the remembered choice over the browser languages', () => {
    expect(readLanguageChoice(storageWith('de'), ['en-US', 'en'])).toBe('de');
    expect(readLanguageChoice(storageWith('en'), ['de-DE'])).toBe('en');
  });

  it('reads a region tag remembered by the former language detector (de-AT → de)', () => {
    expect(readLanguageChoice(storageWith('de-AT'), ['en'])).toBe('de');
  });

  it('takes the first supported browser language when nothing is remembered', () => {
    expect(readLanguageChoice(storageWith(null), ['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(readLanguageChoice(storageWith(null), ['en-GB', 'de'])).toBe('en');
  });

  it('ignores an unsupported remembered value and falls back to the browser', () => {
    expect(readLanguageChoice(storageWith('fr'), ['de'])).toBe('de');
  });

  it('falls back to English when no language is supported', () => {
    expect(readLanguageChoice(storageWith(null), ['fr', 'it-CH'])).toBe('en');
    expect(readLanguageChoice(storageWith(null), [])).toBe('en');
    expect(readLanguageChoice(undefined, [])).toBe('en');
  });

  it('uses the browser languages when reading storage throws', () => {
    expect(readLanguageChoice(throwingStorage, ['de-AT'])).toBe('de');
  });

  it('reads localStorage and navigator.languages by default', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-AT', 'en']);
    expect(readLanguageChoice()).toBe('de');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(readLanguageChoice()).toBe('en');
  });

  it('uses the browser languages when even touching localStorage throws', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de']);
    expect(readLanguageChoice()).toBe('de');
  });
});

describe('rememberLanguageChoice', () => {
  it('stores the supported language under the existing key', () => {
    rememberLanguageChoice('de-AT');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
  });

  it('stores nothing for an unsupported language', () => {
    rememberLanguageChoice('fr');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('does not throw when storage refuses the write (private mode, quota)', () => {
    expect(() => rememberLanguageChoice('de', throwingStorage)).not.toThrow();
  });
});

describe('createI18n', () => {
  it('starts in the remembered language and remembers a change', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de-AT');
    const i18n = await createI18n();
    expect(i18n.resolvedLanguage).toBe('de');
    expect(i18n.t('appTitle')).toBe('Verbindungsanfragen');

    await i18n.changeLanguage('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('starts in the browser language and does not store it until the user changes it', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-CH', 'en']);
    const i18n = await createI18n();
    expect(i18n.resolvedLanguage).toBe('de');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('keeps switching languages when storage refuses the write', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const i18n = await createI18n();
    await i18n.changeLanguage('de');
    expect(i18n.resolvedLanguage).toBe('de');
    expect(i18n.t('appTitle')).toBe('Verbindungsanfragen');
  });

  it('with an explicit language (tests, stories) remembers nothing', async () => {
    const i18n = await createI18n({ lng: 'en' });
    await i18n.changeLanguage('de');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });
});

describe('the lazy demo namespace', () => {
  it.each([
    ['en', 'Demo controls'],
    ['de', 'Demo-Steuerung'],
  ] as const)('is not loaded at start in %s, and loads on demand', async (lng, title) => {
    const i18n = await createI18n({ lng });
    expect(i18n.hasLoadedNamespace('demo')).toBe(false);
    await i18n.loadNamespaces('demo');
    expect(i18n.t('title', { ns: 'demo' })).toBe(title);
  });
});
