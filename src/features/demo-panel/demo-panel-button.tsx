import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ScienceIcon from '@mui/icons-material/Science';
import { useGetDemoStateQuery } from './api';
import { hasActiveFaults } from './demo-inputs';

// The drawer and its controls are a chunk of their own, fetched when the button is pointed at,
// focused or clicked: the header shows only the button, so the first screen never waits for it.
const loadDemoPanel = () => import('./demo-panel');
const DemoPanel = lazy(() => loadDemoPanel().then((module) => ({ default: module.DemoPanel })));
const preloadDemoPanel = () => void loadDemoPanel();

/**
 * The header's Demo button (mock backend only). A dot badge and its name say when faults are
 * injected, so whoever sees the page fail knows why. It shows once its messages (the lazy `demo`
 * namespace, fetched with this chunk's first render) are loaded, so no key ever flashes.
 */
export function DemoPanelButton() {
  const { t, ready } = useTranslation('demo');
  const [open, setOpen] = useState(false);
  // Stays mounted once opened, so the drawer can animate out.
  const [mounted, setMounted] = useState(false);
  const { data: state } = useGetDemoStateQuery();
  const faultsActive = hasActiveFaults(state?.faults);

  if (!ready) return null;
  return (
    <>
      <Badge color="warning" variant="dot" invisible={!faultsActive} overlap="rectangular">
        <Button
          color="inherit"
          sx={{ minWidth: { xs: 40, sm: 64 } }}
          aria-haspopup="dialog"
          aria-expanded={open}
          // Also the name on a phone, where only the icon shows.
          aria-label={faultsActive ? t('buttonFaultsActive') : t('button')}
          onPointerEnter={preloadDemoPanel}
          onFocus={preloadDemoPanel}
          onClick={() => {
            setMounted(true);
            setOpen(true);
          }}
        >
          <ScienceIcon />
          <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' }, ml: 1 }}>
            {t('button')}
          </Box>
        </Button>
      </Badge>
      {mounted && (
        <Suspense fallback={null}>
          <DemoPanel open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
