import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { DemoSection } from './demo-section';

export interface ResetSectionProps {
  busy: boolean;
  /** Settles once the call is answered; the confirmation then closes so the outcome is visible. */
  onReset: () => Promise<unknown>;
}

/** Back to the default scenario, after a confirmation: it throws away everything done so far. */
export function ResetSection({ busy, onReset }: ResetSectionProps) {
  const { t } = useTranslation('demo');
  const [confirming, setConfirming] = useState(false);
  const titleId = useId();
  const textId = useId();

  return (
    <DemoSection heading={t('reset.heading')} help={t('reset.help')}>
      <Box>
        <Button
          variant="outlined"
          color="error"
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          {t('reset.button')}
        </Button>
      </Box>
      <Dialog
        open={confirming}
        onClose={() => {
          if (!busy) setConfirming(false);
        }}
        aria-labelledby={titleId}
        aria-describedby={textId}
      >
        <DialogTitle id={titleId}>{t('reset.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText id={textId}>{t('reset.confirmText')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button autoFocus disabled={busy} onClick={() => setConfirming(false)}>
            {t('reset.cancel')}
          </Button>
          <Button
            color="error"
            variant="contained"
            disabled={busy}
            onClick={() => {
              void onReset().finally(() => setConfirming(false));
            }}
          >
            {t('reset.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </DemoSection>
  );
}
