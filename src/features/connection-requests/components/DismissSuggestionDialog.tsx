import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

export interface DismissSuggestionDialogProps {
  open: boolean;
  /** The customer to dismiss; kept while the dialog closes so its text does not flicker. */
  customerName: string;
  /** The dismissal is on its way: confirm is disabled so it is sent once. */
  dismissing: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** The dialog has fully closed and the page is no longer aria-hidden. */
  onExited?: () => void;
}

/** Dismissal is for good on the server, so it is confirmed first rather than offered as Undo. */
export function DismissSuggestionDialog({
  open,
  customerName,
  dismissing,
  onConfirm,
  onCancel,
  onExited,
}: DismissSuggestionDialogProps) {
  const { t } = useTranslation('suggestions');
  const { t: tCommon } = useTranslation();
  const titleId = useId();
  const bodyId = useId();

  return (
    <Dialog
      open={open}
      onClose={dismissing ? undefined : onCancel}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      slotProps={{ transition: { onExited } }}
    >
      <DialogTitle id={titleId}>{t('dismissDialog.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>
          {t('dismissDialog.body', { customer: customerName })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={dismissing} autoFocus>
          {tCommon('cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={onConfirm} disabled={dismissing}>
          {dismissing ? t('dismissDialog.confirming') : t('dismissDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
