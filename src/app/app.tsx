import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { ConnectionRequestsRoute } from './connection-requests-route';
import { LanguageMenu } from './language-menu';
import { config } from './config';
import { afterFirstData } from './deferred';

// The demo panel exists only with a backend that has demo controls, never in the main chunk.
const DemoPanelButton = lazy(() =>
  import('../features/demo-panel').then((module) => ({ default: module.DemoPanelButton })),
);

/** True once the page's first data is on screen and the browser is idle (src/app/deferred.ts). */
function useAfterFirstData(enabled: boolean): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let mounted = true;
    void afterFirstData().then(() => {
      if (mounted) setDone(true);
    });
    return () => {
      mounted = false;
    };
  }, [enabled]);
  return done;
}

export interface AppProps {
  /** Show the demo panel button; defaults to whether the backend has demo controls. */
  demoControls?: boolean;
}

export function App({ demoControls = config.demoControls }: AppProps) {
  const { t } = useTranslation();
  // The Demo button's chunk is fetched only after the first rows, so it never delays them. It
  // appears between the title, which keeps its place (it takes the free width), and the language
  // menu, which stays at the right end.
  const showDemoControls = useAfterFirstData(demoControls) && demoControls;
  return (
    <>
      <AppBar position="static" component="header">
        <Toolbar sx={{ gap: { xs: 0.5, sm: 1 } }}>
          {/* On a phone the title gives way (ellipsis) and the buttons show their icons only. */}
          <Typography component="p" variant="h6" noWrap sx={{ flexGrow: 1, minWidth: 0 }}>
            {t('appTitle')}
          </Typography>
          {showDemoControls && (
            <Suspense fallback={null}>
              <DemoPanelButton />
            </Suspense>
          )}
          <LanguageMenu />
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ py: { xs: 2, sm: 3 } }}>
        <Container maxWidth="lg">
          <ConnectionRequestsRoute />
        </Container>
      </Box>
    </>
  );
}
