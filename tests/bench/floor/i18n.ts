import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { FLOOR_TEXT, type FloorTextKey } from './text';

// The floor with the app's translation stack (i18next + react-i18next), to show what that stack
// alone weighs against the 10 % bytes allowance over the floor (run.mjs reports it beside
// ratio 1).
void i18next.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { translation: FLOOR_TEXT } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

export function useFloorText(): (key: FloorTextKey) => string {
  const { i18n } = useTranslation();
  // The app's key typing (src/i18n/i18next.d.ts) covers its own namespaces, not the floor's.
  const t = i18n.t.bind(i18n) as unknown as (key: string) => string;
  return (key) => t(key);
}
