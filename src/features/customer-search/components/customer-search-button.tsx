import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import SearchIcon from '@mui/icons-material/Search';
import visuallyHidden from '@mui/utils/visuallyHidden';
import { preloadAfterFirstData } from '../../../app/deferred';
import type { ConnectionRequest } from '../../../contract';
import type { CustomerSearchDialogProps } from './customer-search-dialog';

type CustomerSearchDialogComponent = ComponentType<CustomerSearchDialogProps>;

/** Fetches the search dialog's chunk and gives its component. */
export type CustomerSearchDialogLoader = () => Promise<CustomerSearchDialogComponent>;

// The dialog with its steps, validation, captcha and search slice is a chunk of its own:
// fetched once the first rows are shown, or sooner when a Search button is pointed at, focused
// or clicked. A second `import()` of a chunk on its way shares the first one's request.
// Not React.lazy, unlike the app's other lazy parts: React.lazy keeps a failed import for good,
// so the Retry offered after a failed fetch could never succeed, and Suspense shows its fallback
// where the dialog would be, while a click before the chunk arrived must show busy on the very
// button that was clicked (and open the dialog once the chunk is there).
const loadCustomerSearchDialog: CustomerSearchDialogLoader = () =>
  import('./customer-search-dialog').then((module) => module.CustomerSearchDialog);

type DialogChunk =
  | { status: 'idle' | 'loading' | 'failed' }
  | { status: 'ready'; Dialog: CustomerSearchDialogComponent };

interface CustomerSearchContextValue {
  /** Opens the dialog (once its chunk is there), asked by the button with this id. */
  open: (triggerId: string) => void;
  /** Starts fetching the dialog's chunk (pointer or focus on a Search button). */
  preload: () => void;
  /** The button whose click waits for the dialog's chunk. */
  busyTrigger: string | null;
  /** The chunk could not be fetched: the button it was asked from offers Retry. */
  failedTrigger: string | null;
}

const CustomerSearchContext = createContext<CustomerSearchContextValue | null>(null);

export interface CustomerSearchProviderProps {
  /** How the dialog's chunk is fetched; stories and tests pass a slow or failing one. */
  loadDialog?: CustomerSearchDialogLoader;
  /** A request was sent from the dialog, which has closed: the page says so. */
  onSent: (request: ConnectionRequest) => void;
  children: ReactNode;
}

/**
 * The search dialog (SPEC §3) for every Search button inside it: one dialog, so its results (each
 * search costs one of five attempts) are kept whichever button opens it. A click before the
 * dialog's chunk has arrived is kept: the button shows it is busy and the dialog opens when the
 * chunk is there; if it cannot be fetched, that button offers Retry.
 */
export function CustomerSearchProvider({
  loadDialog = loadCustomerSearchDialog,
  onSent,
  children,
}: CustomerSearchProviderProps) {
  const { t } = useTranslation('search');
  const [chunk, setChunk] = useState<DialogChunk>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  // Mounted at the first open, then kept while closed: closing by mistake keeps the results.
  const [mounted, setMounted] = useState(false);
  // A new dialog (empty inputs, fresh send hook) after every request sent.
  const [round, setRound] = useState(0);
  const [trigger, setTrigger] = useState<string | null>(null);

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

  const status = chunk.status;
  const preload = useCallback(() => {
    if (status === 'idle') fetchDialog().catch(() => undefined);
  }, [status, fetchDialog]);

  const openDialog = useCallback(
    (triggerId: string) => {
      setTrigger(triggerId);
      setMounted(true);
      setOpen(true);
      if (status === 'ready' || status === 'loading') return;
      // Functional: a preload may have just arrived (its "ready" queued, not yet rendered), and a
      // plain "loading" would overwrite it and leave the button busy for good.
      setChunk((current) => (current.status === 'ready' ? current : { status: 'loading' }));
      fetchDialog().catch(() => {
        setOpen(false);
        // A preload may have brought the chunk in the meantime.
        setChunk((current) => (current.status === 'ready' ? current : { status: 'failed' }));
      });
    },
    [status, fetchDialog],
  );

  const busy = open && status === 'loading';
  const value = useMemo(
    () => ({
      open: openDialog,
      preload,
      busyTrigger: busy ? trigger : null,
      failedTrigger: status === 'failed' ? trigger : null,
    }),
    [openDialog, preload, busy, status, trigger],
  );
  const Dialog = mounted && chunk.status === 'ready' ? chunk.Dialog : null;

  return (
    <CustomerSearchContext.Provider value={value}>
      {children}
      <Box role="status" sx={visuallyHidden}>
        {busy ? t('dialogLoading') : ''}
      </Box>
      {Dialog !== null && (
        <Dialog
          key={round}
          open={open}
          onClose={() => setOpen(false)}
          onSent={(request) => {
            setOpen(false);
            setRound((current) => current + 1);
            onSent(request);
          }}
        />
      )}
    </CustomerSearchContext.Provider>
  );
}

export interface CustomerSearchButtonProps {
  /** The toolbar's quieter variant ("Search for a customer"); the page's is "Search". */
  toolbar?: boolean;
}

/** A button that opens the search dialog of the CustomerSearchProvider around it. */
export function CustomerSearchButton({ toolbar = false }: CustomerSearchButtonProps) {
  const { t } = useTranslation('search');
  const { t: tCommon } = useTranslation('common');
  const search = useContext(CustomerSearchContext);
  if (search === null) throw new Error('CustomerSearchButton needs a CustomerSearchProvider');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const alertId = `${id}-failed`;
  const busy = search.busyTrigger === id;
  const failed = search.failedTrigger === id;
  const open = () => search.open(id);

  return (
    <>
      <Button
        ref={buttonRef}
        variant={toolbar ? 'outlined' : 'contained'}
        startIcon={
          busy ? <CircularProgress size={18} color="inherit" aria-hidden="true" /> : <SearchIcon />
        }
        aria-haspopup="dialog"
        aria-busy={busy || undefined}
        aria-describedby={failed ? alertId : undefined}
        onPointerEnter={search.preload}
        onFocus={search.preload}
        onClick={open}
      >
        {toolbar ? t('openFromToolbar') : t('open')}
      </Button>
      {failed && (
        <Alert
          id={alertId}
          severity="error"
          sx={{ mt: 1, flexBasis: '100%' }}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                // The dialog gives focus back to where it was opened from: this Search button,
                // not this Retry, which goes away.
                buttonRef.current?.focus();
                open();
              }}
            >
              {tCommon('retry')}
            </Button>
          }
        >
          {t('dialogLoadFailed')}
        </Alert>
      )}
    </>
  );
}
