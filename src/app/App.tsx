import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { ConnectionRequestsPage } from '../features/connection-requests';
import { LanguageMenu } from './LanguageMenu';
import { config } from './config';

// The demo panel exists only with the mock backend and is never in the main chunk.
const DemoPanelButton = lazy(() =>
  import('../features/demo-panel').then((module) => ({ default: module.DemoPanelButton })),
);

export interface AppProps {
  /** Show the demo panel button; defaults to whether the mock backend is on. */
  demoControls?: boolean;
}

export function App({ demoControls = config.mocking }: AppProps) {
  const { t } = useTranslation();
  return (
    <>
      <AppBar position="static" component="header">
        <Toolbar sx={{ gap: 1 }}>
          <Typography component="p" variant="h6" sx={{ flexGrow: 1 }}>
            {t('appTitle')}
          </Typography>
          {demoControls && (
            <Suspense fallback={null}>
              <DemoPanelButton />
            </Suspense>
          )}
          <LanguageMenu />
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ py: 3 }}>
        <Container maxWidth="lg">
          <ConnectionRequestsPage />
        </Container>
      </Box>
    </>
  );
}
