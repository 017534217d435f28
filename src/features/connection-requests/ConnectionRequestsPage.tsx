import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useGetSessionQuery } from '../../app/session';
import { useErrorMessage } from '../../app/useErrorMessage';
import type { Session } from '../../contract';
import { markFirstDataShown } from '../../app/deferred';
import { FIRST_SUGGESTIONS_PAGE, SuggestionsPanel, suggestionsApi } from '../suggestions';
import { CustomerSearchButton } from '../customer-search';
import { requestsApi, useListConnectionRequestsQuery } from './api';
import { parseTableQuery, toListArgs } from './model/tableQuery';
import { useLastVisit } from './hooks/useLastVisit';
import { RequestsSection } from './RequestsSection';
import { SinceLastVisitAlert } from './components/SinceLastVisitAlert';

/**
 * Setup > Connection Requests (SPEC §1): the suggestions, the requests table and the search.
 * Administrators only; members get an explanation.
 */
export function ConnectionRequestsPage() {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const errorMessage = useErrorMessage();
  const session = useGetSessionQuery();
  // The first pages of the table and the suggestions leave with the session request instead of
  // after it (one round trip less before the first rows, issue 8). A member's 403s are never shown.
  const prefetchList = requestsApi.usePrefetch('listConnectionRequests');
  const prefetchSuggestions = suggestionsApi.usePrefetch('listSuggestions');
  useEffect(() => {
    prefetchList(toListArgs(parseTableQuery(window.location.search)));
    prefetchSuggestions(FIRST_SUGGESTIONS_PAGE);
  }, [prefetchList, prefetchSuggestions]);
  // Without the admin view (member, no session) this is the page's first data.
  const withoutTable =
    session.isError || (session.data !== undefined && session.data.user.role !== 'admin');
  useEffect(() => {
    if (withoutTable) markFirstDataShown();
  }, [withoutTable]);

  return (
    <Box component="article" sx={{ display: 'flex', flexDirection: 'column', gap: 3 }}>
      <Box component="header">
        <Typography variant="h4" component="h1" gutterBottom>
          {t('page.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ maxWidth: '75ch' }}>
          {t('page.intro')}
        </Typography>
      </Box>
      {session.data ? (
        session.data.user.role === 'admin' ? (
          <AdminView session={session.data} />
        ) : (
          <Alert severity="info">
            <AlertTitle>{t('page.memberTitle')}</AlertTitle>
            {t('page.member', {
              name: session.data.user.name,
              supplier: session.data.supplier.name,
            })}
          </Alert>
        )
      ) : session.isError ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void session.refetch()}>
              {tCommon('retry')}
            </Button>
          }
        >
          {t('page.sessionError', { message: errorMessage(session.error) })}
        </Alert>
      ) : (
        <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <CircularProgress size={24} aria-hidden="true" />
          <Typography>{t('page.loading')}</Typography>
        </Box>
      )}
    </Box>
  );
}

// The most recently sent answered requests: answers come within 30 days of sending, so the
// latest 100 cover what happened since any recent visit.
const ANSWERED_QUERY = {
  status: 'approved,rejected',
  sort: 'sentAt',
  order: 'desc',
  page: 1,
  pageSize: 100,
} as const;

function AdminView({ session }: { session: Session }) {
  const { t } = useTranslation('requests');
  const [noticeOpen, setNoticeOpen] = useState(true);
  const [sinceOpen, setSinceOpen] = useState(true);
  const lastVisit = useLastVisit(session.supplier.id, session.serverTime);
  const answered = useListConnectionRequestsQuery(ANSWERED_QUERY, { skip: lastVisit === null });

  const answeredSince = useMemo(() => {
    if (lastVisit === null || !answered.data) return [];
    const since = Date.parse(lastVisit);
    return answered.data.items.filter(
      ({ respondedAt }) => respondedAt !== null && Date.parse(respondedAt) > since,
    );
  }, [answered.data, lastVisit]);
  const newIds = useMemo(() => new Set(answeredSince.map(({ id }) => id)), [answeredSince]);

  return (
    <>
      {session.notice !== null && noticeOpen && (
        <Alert severity="warning" onClose={() => setNoticeOpen(false)}>
          {t('page.notice')}
        </Alert>
      )}
      {sinceOpen && (
        <SinceLastVisitAlert answered={answeredSince} onClose={() => setSinceOpen(false)} />
      )}
      <SuggestionsPanel />
      <RequestsSection newIds={newIds} />
      <Box>
        <CustomerSearchButton />
      </Box>
    </>
  );
}
