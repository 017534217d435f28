import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { isApiError, isTransientError } from '../../../app/api-error';
import { useGetSessionQuery } from '../../../app/session';
import { useErrorMessage } from '../../../app/use-error-message';
import { useSendConnectionRequest } from '../../../app/use-send-connection-request';
import { FormErrorAlert } from '../../../components/contact-request';
import type { ConnectionRequest, CustomerSearchHit } from '../../../contract';
import { useSearchCustomersMutation } from '../api';
import { RequestButton } from './request-form';
import { RequestStep } from './request-step';
import { SearchForm } from './search-form';
import { ChosenCustomer, SearchResults } from './search-results';
import { queryProblem } from '../model/validation';

export interface CustomerSearchDialogProps {
  open: boolean;
  onClose: () => void;
  onSent: (request: ConnectionRequest) => void;
}

interface Answer {
  query: string;
  hits: CustomerSearchHit[];
  /** How many matched in all (hits holds at most 20). */
  total: number;
}

/** What the latest search said about the searches left, and when (to compare with the session). */
interface RemainingReport {
  value: number;
  at: number;
}

/**
 * Container of the search dialog. It stays mounted while the dialog is closed, so closing by
 * mistake keeps the results (each search costs one of five attempts) and the send hook keeps its
 * idempotency keys; the button remounts it after a request was sent.
 */
export function CustomerSearchDialog({ open, onClose, onSent }: CustomerSearchDialogProps) {
  const { t } = useTranslation('search');
  const { t: tCommon } = useTranslation('common');
  const errorMessage = useErrorMessage();
  const titleId = useId();
  const formId = useId();

  const session = useGetSessionQuery();
  const [search, searchState] = useSearchCustomersMutation();
  const { send, sending } = useSendConnectionRequest();

  const [query, setQuery] = useState('');
  const [showQueryProblem, setShowQueryProblem] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [remainingReport, setRemainingReport] = useState<RemainingReport | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // A chosen customer folds the results into one line with Change (open again: false).
  const [folded, setFolded] = useState(false);
  // Chosen with a click: the email field is next. Arrow keys only move through the hits.
  const [byPointer, setByPointer] = useState(false);
  const [canSubmit, setCanSubmit] = useState(false);
  const onCanSubmitChange = useCallback((value: boolean) => setCanSubmit(value), []);

  // The newer of the two sources: the session (before the first search, and after support reset
  // the attempts) or the latest search answer.
  const sessionAt = session.fulfilledTimeStamp ?? 0;
  const searchesRemaining =
    remainingReport !== null && remainingReport.at >= sessionAt
      ? remainingReport.value
      : (session.data?.searchesRemaining ?? null);

  const searchError = isApiError(searchState.error) ? searchState.error : null;
  const serverQueryError =
    searchError !== null && (searchError.code === 'invalid_query' || searchError.field === 'q');
  const problem = showQueryProblem ? queryProblem(query) : null;
  let queryError: string | null = null;
  if (problem !== null) queryError = t(`query.${problem}`);
  else if (serverQueryError) queryError = errorMessage(searchError);

  const selected =
    answer?.hits.find((hit) => hit.customerId === selectedId && hit.state === 'available') ?? null;

  const runSearch = async () => {
    if (queryProblem(query) !== null) {
      // R5: an invalid query is explained and never sent (it would not cost a search, but
      // it would cost a round trip).
      setShowQueryProblem(true);
      return;
    }
    const trimmed = query.trim();
    try {
      const result = await search(trimmed).unwrap();
      setAnswer({ query: trimmed, hits: result.items, total: result.total });
      setRemainingReport({ value: result.searchesRemaining, at: Date.now() });
      setSelectedId(null);
      setFolded(false);
    } catch (error) {
      if (isApiError(error) && error.code === 'search_limit_reached') {
        setRemainingReport({ value: 0, at: Date.now() });
      }
    }
  };

  const searchAlert =
    searchError !== null && !serverQueryError && searchError.code !== 'search_limit_reached' ? (
      <FormErrorAlert
        message={t('searchFailed', { message: errorMessage(searchError) })}
        onRetry={isTransientError(searchError) ? () => void runSearch() : undefined}
      />
    ) : null;

  // The dialog's content scrolls; its footer with Request stays in view (scroll="paper").
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText variant="body2">{t('intro')}</DialogContentText>
          <SearchForm
            query={{
              value: query,
              onChange: (value) => {
                setQuery(value);
                if (serverQueryError) searchState.reset();
              },
              error: queryError,
            }}
            onSubmit={() => void runSearch()}
            searchesRemaining={searchesRemaining}
            searching={searchState.isLoading}
            firstSearch={answer === null}
          />
          {searchAlert}
          {answer !== null &&
            (selected !== null && folded ? (
              <ChosenCustomer
                customerName={selected.customerName}
                onChange={() => {
                  setFolded(false);
                  setByPointer(false);
                }}
              />
            ) : (
              <SearchResults
                query={answer.query}
                hits={answer.hits}
                total={answer.total}
                selectedId={selected?.customerId ?? null}
                focusSelected={selected !== null}
                onSelect={(customerId, pointer) => {
                  setSelectedId(customerId);
                  setByPointer(pointer);
                  if (pointer) setFolded(true);
                }}
                onLeave={() => {
                  if (selected !== null) setFolded(true);
                }}
              />
            ))}
        </Stack>
        {selected !== null && (
          <RequestStep
            key={selected.customerId}
            formId={formId}
            customer={selected}
            send={send}
            sending={sending.has(selected.customerId)}
            onSent={onSent}
            onCanSubmitChange={onCanSubmitChange}
            autoFocusEmail={byPointer}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{tCommon('close')}</Button>
        {selected !== null && (
          <RequestButton
            formId={formId}
            canSubmit={canSubmit}
            sending={sending.has(selected.customerId)}
          />
        )}
      </DialogActions>
    </Dialog>
  );
}
