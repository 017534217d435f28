import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'react-redux';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { currentLanguage } from '../i18n';
import { makeTheme } from './theme';
import type { AppStore } from './store';

export interface AppProvidersProps {
  store: AppStore;
  i18n: I18n;
  children: ReactNode;
}

/** Store, translations and theme: what every screen, test and story renders inside. */
export function AppProviders({ store, i18n, children }: AppProvidersProps) {
  const [language, setLanguage] = useState(() => currentLanguage(i18n));

  useEffect(() => {
    const onChange = () => setLanguage(currentLanguage(i18n));
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // Read before the first paint (noSsr), so a dialog never starts a fade it then drops.
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
  const theme = useMemo(() => makeTheme(language, { reduceMotion }), [language, reduceMotion]);

  return (
    <Provider store={store}>
      <I18nextProvider i18n={i18n}>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          {children}
        </ThemeProvider>
      </I18nextProvider>
    </Provider>
  );
}
