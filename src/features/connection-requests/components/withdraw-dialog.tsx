import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';

export interface WithdrawDialogProps {
  /** The customer whose pending request would be withdrawn; null = closed. */
  customerName: string | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before withdrawing: a withdrawn request still uses up one of the three attempts. */
export function WithdrawDialog({ customerName, busy, onConfirm, onCancel }: WithdrawDialogProps) {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  return (
    <Dialog
      open={customerName !== null}
      onClose={busy ? undefined : onCancel}
      aria-labelledby="withdraw-dialog-title"
      aria-describedby="withdraw-dialog-body"
    >
      <DialogTitle id="withdraw-dialog-title">
        {t('withdrawDialog.title', { name: customerName ?? '' })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="withdraw-dialog-body">{t('withdrawDialog.body')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          {tCommon('cancel')}
        </Button>
        <Button onClick={onConfirm} disabled={busy} color="warning" variant="contained">
          {busy ? t('withdrawDialog.withdrawing') : t('withdrawDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
