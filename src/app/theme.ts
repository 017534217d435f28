import { createTheme } from '@mui/material/styles';
import { deDE, enUS } from '@mui/material/locale';
import type { Language } from '../i18n';

const muiLocales = { en: enUS, de: deDE } as const;

/** The app theme with MUI's own labels (pagination, etc.) in the given language. */
export function makeTheme(language: Language) {
  return createTheme(
    {
      palette: { mode: 'light' },
      components: {
        MuiButtonBase: { defaultProps: { disableRipple: false } },
      },
    },
    muiLocales[language],
  );
}
