import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Badge from '@mui/material/Badge';
import Button from '@mui/material/Button';
import ScienceIcon from '@mui/icons-material/Science';
import { useGetDemoStateQuery } from './api';
import { hasActiveFaults } from './helpers';
import { DemoPanel } from './DemoPanel';

/**
 * The header's Demo button (mock backend only). A dot badge and its name say when faults are
 * injected, so whoever sees the page fail knows why.
 */
export function DemoPanelButton() {
  const { t } = useTranslation('demo');
  const [open, setOpen] = useState(false);
  const { data: state } = useGetDemoStateQuery();
  const faultsActive = hasActiveFaults(state?.faults);

  return (
    <>
      <Badge color="warning" variant="dot" invisible={!faultsActive} overlap="rectangular">
        <Button
          color="inherit"
          startIcon={<ScienceIcon />}
          aria-haspopup="dialog"
          aria-expanded={open}
          {...(faultsActive ? { 'aria-label': t('buttonFaultsActive') } : {})}
          onClick={() => setOpen(true)}
        >
          {t('button')}
        </Button>
      </Badge>
      <DemoPanel open={open} onClose={() => setOpen(false)} />
    </>
  );
}
