import { createTheme, type Theme } from '@mui/material/styles';
import { deDE, enUS } from '@mui/material/locale';
import type { Language } from '../i18n';

const muiLocales = { en: enUS, de: deDE } as const;

/** The theme's keyboard focus ring, as CSS. */
function focusRing(theme: Theme) {
  return theme.focusVisible === false ? undefined : theme.focusVisible;
}

export interface ThemeOptions {
  /** The user asked the system for less motion: fades, slides and collapses happen at once. */
  reduceMotion?: boolean;
}

/** The app theme with MUI's own labels (pagination, etc.) in the given language. */
export function makeTheme(language: Language, { reduceMotion = false }: ThemeOptions = {}) {
  return createTheme(
    {
      ...(reduceMotion ? { transitions: { create: () => 'none' } } : {}),
      palette: {
        mode: 'light',
        // MUI's default warning orange (#ed6c02) is 3.1:1 on white, below WCAG AA's 4.5:1 for
        // text (Withdraw buttons); this amber is 5:1, and white on it is 5:1 too.
        warning: { main: '#b45309' },
      },
      // A keyboard focus ring on every control MUI draws (buttons, sort headers, checkboxes,
      // links, menu items): 2 px of primary blue (4.6:1 on white) 2 px outside the control, with
      // a white halo on coloured surfaces (app bar, filled alerts) so it shows there too.
      focusVisible: true,
      typography: {
        // Sentence case as written: capitals turn German ß into SS and read as shouting.
        button: { textTransform: 'none' },
      },
      components: {
        MuiButtonBase: { defaultProps: { disableRipple: false } },
        // Not ButtonBase-derived, so not covered by focusVisible: the rows-per-page select only
        // tinted its background on focus.
        MuiTablePagination: {
          styleOverrides: {
            select: ({ theme }) => ({ '&:focus-visible': focusRing(theme) }),
          },
        },
        // Anything focusable outside MUI's controls: a row focused after an action, a heading.
        MuiCssBaseline: {
          styleOverrides: (theme) => ({ ':focus-visible': focusRing(theme) }),
        },
      },
    },
    muiLocales[language],
  );
}
