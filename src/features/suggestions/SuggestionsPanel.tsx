import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { isApiError } from '../../app/api-error';
import { useErrorMessage } from '../../app/useErrorMessage';
import { visuallyHidden } from '../../components/visually-hidden';
import type { Suggestion } from '../../contract';
import {
  FIRST_SUGGESTIONS_PAGE,
  useDismissSuggestionMutation,
  useListSuggestionsQuery,
} from './api';
import { bulkSummaryHeadline } from './bulk-summary';
import { BulkConnectSummary } from './components/BulkConnectSummary';
import { DismissSuggestionDialog } from './components/DismissSuggestionDialog';
import { SuggestionsTable } from './components/SuggestionsTable';
import { useConnectSuggestions, type BulkConnectResult } from './hooks/useConnectSuggestions';

interface ActionFailure {
  action: 'connect' | 'dismiss';
  customerName: string;
  error: unknown;
}

/**
 * The "Suggested customers" section (SPEC §2): customers the portal believes are the supplier's,
 * why, and Connect / Not my customer / Connect selected. Members never see it (the page checks).
 */
export function SuggestionsPanel() {
  const { t } = useTranslation('suggestions');
  const { t: tCommon } = useTranslation();
  const errorMessage = useErrorMessage();
  const headingId = useId();

  const [page, setPage] = useState<number>(FIRST_SUGGESTIONS_PAGE.page);
  const [pageSize, setPageSize] = useState<number>(FIRST_SUGGESTIONS_PAGE.pageSize);
  const { currentData, error, isError, refetch } = useListSuggestionsQuery({
    page,
    pageSize,
  });
  const [dismiss] = useDismissSuggestionMutation();
  const { connect, connectMany, sending, bulkRunning } = useConnectSuggestions();

  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [dismissTarget, setDismissTarget] = useState<Suggestion | null>(null);
  const [dismissOpen, setDismissOpen] = useState(false);
  const [dismissing, setDismissing] = useState(false);
  const dismissGuard = useRef(false);
  // While the dialog is open the rest of the page is aria-hidden, so the outcome of a dismissal
  // is shown (and announced) only once the dialog has closed.
  const afterDialogExit = useRef<(() => void) | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The last failure stays while the snackbar slides out, so its text does not vanish first.
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [failureOpen, setFailureOpen] = useState(false);
  const reportFailure = (next: ActionFailure) => {
    setFailure(next);
    setFailureOpen(true);
  };
  const [summary, setSummary] = useState<BulkConnectResult | null>(null);

  // The last page can empty itself (connect, dismiss): step back to the new last page.
  const lastPage = Math.max(1, Math.ceil((currentData?.total ?? 0) / pageSize));
  if (currentData && currentData.items.length === 0 && page > lastPage) setPage(lastPage);

  if (isError && isApiError(error) && error.status === 403) return null;

  const suggestions = currentData?.items ?? [];
  const selectedSuggestions = suggestions.filter(({ customerId }) => selected.has(customerId));
  const busy = new Set(sending);
  if (dismissing && dismissTarget) busy.add(dismissTarget.customerId);

  const changePage = (next: number) => {
    setSelected(new Set());
    setPage(next);
  };
  const changePageSize = (next: number) => {
    setSelected(new Set());
    setPageSize(next);
    setPage(1);
  };

  const deselect = (customerIds: readonly string[]) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of customerIds) next.delete(id);
      return next;
    });

  const onConnect = (suggestion: Suggestion) => {
    const { customerId, customerName } = suggestion;
    void connect(suggestion).then(
      () => {
        deselect([customerId]);
        setAnnouncement(t('announce.connected', { customer: customerName }));
      },
      (reason: unknown) => reportFailure({ action: 'connect', customerName, error: reason }),
    );
  };

  const onConnectSelected = async () => {
    if (selectedSuggestions.length === 0) return;
    setSummary(null);
    setAnnouncement(t('announce.bulkStarted', { count: selectedSuggestions.length }));
    const result = await connectMany(selectedSuggestions);
    if (result === null) return;
    deselect(result.succeeded.map(({ customerId }) => customerId));
    setSummary(result);
    const { sent, failed } = bulkSummaryHeadline(
      t,
      result.succeeded.length,
      result.failures.length,
    );
    const failedNames = result.failures.map(({ suggestion }) => suggestion.customerName);
    setAnnouncement([sent, failed, failedNames.join(', ')].filter(Boolean).join(' '));
  };

  const openDismiss = (suggestion: Suggestion) => {
    dismissGuard.current = false;
    setDismissTarget(suggestion);
    setDismissOpen(true);
  };

  const confirmDismiss = async () => {
    if (!dismissTarget || dismissGuard.current) return;
    const { customerId, customerName } = dismissTarget;
    dismissGuard.current = true;
    setDismissing(true);
    try {
      await dismiss(customerId).unwrap();
      deselect([customerId]);
      afterDialogExit.current = () =>
        setAnnouncement(t('announce.dismissed', { customer: customerName }));
    } catch (reason: unknown) {
      afterDialogExit.current = () =>
        reportFailure({ action: 'dismiss', customerName, error: reason });
    } finally {
      // The guard stays up until the dialog is opened again: the late second click of a double
      // click can land while the dialog closes, after the first dismissal has been answered.
      setDismissing(false);
      setDismissOpen(false);
    }
  };

  const loading = currentData === undefined && !isError;
  const empty = currentData !== undefined && currentData.total === 0;

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 4 }}>
      <Typography id={headingId} component="h2" variant="h5" gutterBottom>
        {t('title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: '75ch' }}>
        {t('intro')}
      </Typography>

      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {announcement}
      </Box>

      {summary && (
        <BulkConnectSummary
          succeeded={summary.succeeded.length}
          failures={summary.failures.map(({ suggestion, error: reason }) => ({
            customerId: suggestion.customerId,
            customerName: suggestion.customerName,
            message: errorMessage(reason),
          }))}
          onClose={() => setSummary(null)}
        />
      )}

      {isError && currentData === undefined ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              {tCommon('retry')}
            </Button>
          }
        >
          {t('loadFailed', { message: errorMessage(error) })}
        </Alert>
      ) : empty ? (
        <Typography>{t('empty')}</Typography>
      ) : (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
            <Button
              variant="contained"
              disabled={selectedSuggestions.length === 0 || bulkRunning}
              onClick={() => void onConnectSelected()}
            >
              {bulkRunning ? t('connectingSelected') : t('connectSelected')}
            </Button>
            {selectedSuggestions.length > 0 && (
              <Typography variant="body2">
                {t('selectedCount', { count: selectedSuggestions.length })}
              </Typography>
            )}
          </Box>
          <SuggestionsTable
            suggestions={suggestions}
            loading={loading}
            page={page}
            pageSize={pageSize}
            total={currentData?.total ?? 0}
            onPageChange={changePage}
            onPageSizeChange={changePageSize}
            selected={selected}
            onSelectedChange={setSelected}
            busy={busy}
            disabled={bulkRunning}
            onConnect={onConnect}
            onDismiss={openDismiss}
            labelledBy={headingId}
          />
        </>
      )}

      <DismissSuggestionDialog
        open={dismissOpen}
        customerName={dismissTarget?.customerName ?? ''}
        dismissing={dismissing}
        onConfirm={() => void confirmDismiss()}
        onCancel={() => setDismissOpen(false)}
        onExited={() => {
          afterDialogExit.current?.();
          afterDialogExit.current = null;
        }}
      />

      <Snackbar
        open={failureOpen}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setFailureOpen(false);
        }}
      >
        {/* No autoHide: an error stays until the user has read it (WCAG 2.2.1). */}
        <Alert severity="error" variant="filled" onClose={() => setFailureOpen(false)}>
          {failure &&
            t(`failed.${failure.action}`, {
              customer: failure.customerName,
              message: errorMessage(failure.error),
            })}
        </Alert>
      </Snackbar>
    </Box>
  );
}
