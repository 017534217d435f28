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
import { CustomerSearchButton } from '../customer-search';
import { requestsApi, useListAnsweredSinceQuery } from './api';
import { parseTableQuery, toListArgs } from './model/tableQuery';
import { useLastVisit } from './hooks/useLastVisit';
import { ConnectionsSection } from './ConnectionsSection';
import { SinceLastVisitAlert } from './components/SinceLastVisitAlert';

/**
 * Setup > Connection Requests (SPEC §1): one table of requests and suggestions, and the search.
 * Administrators only; members get an explanation.
 */
export function ConnectionRequestsPage() {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const errorMessage = useErrorMessage();
  const session = useGetSessionQuery();
  // The table's first page leaves with the session request instead of after it (one round trip
  // less before the first rows, issue 8). A member's 403 is never shown.
  const prefetchRows = requestsApi.usePrefetch('listConnectionRows');
  useEffect(() => {
    prefetchRows(toListArgs(parseTableQuery(window.location.search)));
  }, [prefetchRows]);
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

function AdminView({ session }: { session: Session }) {
  const { t } = useTranslation('requests');
  const [noticeOpen, setNoticeOpen] = useState(true);
  const [sinceOpen, setSinceOpen] = useState(true);
  const lastVisit = useLastVisit(session.supplier.id, session.serverTime);
  // Every answer since the last visit, however old the request it answers.
  const answered = useListAnsweredSinceQuery(lastVisit ?? '', { skip: lastVisit === null });
  const newIds = useMemo(() => new Set(answered.data?.items.map(({ id }) => id)), [answered.data]);

  return (
    <>
      {session.notice !== null && noticeOpen && (
        <Alert severity="warning" onClose={() => setNoticeOpen(false)}>
          {t('page.notice')}
        </Alert>
      )}
      {sinceOpen && answered.data && (
        <SinceLastVisitAlert answered={answered.data} onClose={() => setSinceOpen(false)} />
      )}
      <ConnectionsSection newIds={newIds} />
      <Box>
        <CustomerSearchButton />
      </Box>
    </>
  );
}
