import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Snackbar from '@mui/material/Snackbar';
import SearchIcon from '@mui/icons-material/Search';
import { preloadAfterFirstData } from '../../app/deferred';
import { visuallyHidden } from '../../components/visually-hidden';
import type { CustomerSearchDialogProps } from './CustomerSearchDialog';

type CustomerSearchDialogComponent = ComponentType<CustomerSearchDialogProps>;

/** Fetches the search dialog's chunk and gives its component. */
export type CustomerSearchDialogLoader = () => Promise<CustomerSearchDialogComponent>;

// The dialog with its steps, validation, captcha and search slice is a chunk of its own (issue 8):
// fetched once the first rows are shown, or sooner when the button is pointed at, focused or
// clicked. A second `import()` of a chunk on its way shares the first one's request.
const loadCustomerSearchDialog: CustomerSearchDialogLoader = () =>
  import('./CustomerSearchDialog').then((module) => module.CustomerSearchDialog);

type DialogChunk =
  | { status: 'idle' | 'loading' | 'failed' }
  | { status: 'ready'; Dialog: CustomerSearchDialogComponent };

export interface CustomerSearchButtonProps {
  /** How the dialog's chunk is fetched; stories and tests pass a slow or failing one. */
  loadDialog?: CustomerSearchDialogLoader;
}

/**
 * The Search button under the table; it owns the search dialog and the "sent" confirmation.
 * A click before the dialog's chunk has arrived is kept: the button shows it is busy and the
 * dialog opens when the chunk is there; if it cannot be fetched, an alert offers Retry.
 */
export function CustomerSearchButton({
  loadDialog = loadCustomerSearchDialog,
}: CustomerSearchButtonProps) {
  const { t } = useTranslation('search');
  const { t: tCommon } = useTranslation('common');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [chunk, setChunk] = useState<DialogChunk>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  // Mounted at the first open, then kept while closed: closing by mistake keeps the results.
  const [mounted, setMounted] = useState(false);
  // The name outlives `open` so the snackbar keeps its text while it fades out.
  const [sent, setSent] = useState<{ customer: string; open: boolean } | null>(null);
  // A new dialog (empty inputs, fresh send hook) after every request sent.
  const [round, setRound] = useState(0);

  // One fetch at a time, whoever asks (first data, intent, click); a failed one can be retried.
  const fetching = useRef<Promise<void> | null>(null);
  /** Fetches the chunk; resolves once the dialog can be shown, rejects when it cannot. */
  const fetchDialog = useCallback(() => {
    fetching.current ??= loadDialog().then(
      (Dialog) => {
        setChunk({ status: 'ready', Dialog });
      },
      (error: unknown) => {
        fetching.current = null;
        throw error;
      },
    );
    return fetching.current;
  }, [loadDialog]);

  useEffect(() => {
    // A failed preload shows nothing: a click fetches again and reports a failure then.
    preloadAfterFirstData(fetchDialog);
  }, [fetchDialog]);

  const preload = () => {
    if (chunk.status === 'idle') fetchDialog().catch(() => undefined);
  };

  const openDialog = () => {
    setMounted(true);
    setOpen(true);
    if (chunk.status === 'ready' || chunk.status === 'loading') return;
    // Functional: a preload may have just arrived (its "ready" queued, not yet rendered), and a
    // plain "loading" would overwrite it and leave the button busy for good.
    setChunk((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    fetchDialog().catch(() => {
      setOpen(false);
      // A preload may have brought the chunk in the meantime.
      setChunk((current) => (current.status === 'ready' ? current : { status: 'failed' }));
    });
  };

  const busy = open && chunk.status === 'loading';
  const Dialog = mounted && chunk.status === 'ready' ? chunk.Dialog : null;

  return (
    <>
      <Button
        ref={buttonRef}
        variant="contained"
        startIcon={
          busy ? <CircularProgress size={18} color="inherit" aria-hidden="true" /> : <SearchIcon />
        }
        aria-haspopup="dialog"
        aria-busy={busy || undefined}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={openDialog}
      >
        {t('open')}
      </Button>
      <Box role="status" sx={visuallyHidden}>
        {busy ? t('dialogLoading') : ''}
      </Box>
      {chunk.status === 'failed' && (
        <Alert
          severity="error"
          sx={{ mt: 1 }}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                // The dialog gives focus back to where it was opened from: the Search button,
                // not this Retry, which goes away.
                buttonRef.current?.focus();
                openDialog();
              }}
            >
              {tCommon('retry')}
            </Button>
          }
        >
          {t('dialogLoadFailed')}
        </Alert>
      )}
      {Dialog !== null && (
        <Dialog
          key={round}
          open={open}
          onClose={() => setOpen(false)}
          onSent={(request) => {
            setOpen(false);
            setRound((current) => current + 1);
            setSent({ customer: request.customerName, open: true });
          }}
        />
      )}
      <Snackbar
        open={sent?.open ?? false}
        autoHideDuration={6000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setSent((current) => current && { ...current, open: false });
        }}
        message={sent === null ? '' : t('request.sent', { customer: sent.customer })}
      />
    </>
  );
}
