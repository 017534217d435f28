import { createTheme } from '@mui/material/styles';
import { deDE, enUS } from '@mui/material/locale';
import type { Language } from '../i18n';

const muiLocales = { en: enUS, de: deDE } as const;

/** The app theme with MUI's own labels (pagination, etc.) in the given language. */
export function makeTheme(language: Language) {
  return createTheme(
    {
      palette: {
        mode: 'light',
        // MUI's default warning orange (#ed6c02) is 3.1:1 on white, below WCAG AA's 4.5:1 for
        // text (Withdraw buttons); this amber is 5:1, and white on it is 5:1 too.
        warning: { main: '#b45309' },
      },
      components: {
        MuiButtonBase: { defaultProps: { disableRipple: false } },
      },
    },
    muiLocales[language],
  );
}
