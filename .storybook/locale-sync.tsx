import { useEffect, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { currentLanguage, type Language } from '../src/i18n';

export interface LocaleSyncProps {
  i18n: I18n;
  locale: Language;
  children: ReactNode;
}

/** Follows the toolbar's locale without remounting the story (the story keeps its state). */
export function LocaleSync({ i18n, locale, children }: LocaleSyncProps) {
  useEffect(() => {
    if (currentLanguage(i18n) !== locale) void i18n.changeLanguage(locale);
  }, [i18n, locale]);
  return children;
}
