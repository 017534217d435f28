import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useGetSessionQuery } from '../../app/session';
import { useErrorMessage } from '../../app/use-error-message';
import { useAppDispatch } from '../../app/hooks';
import { ActionFeedback, useActionFeedback } from '../../components/feedback';
import type { ConnectionRequest, Session } from '../../contract';
import { markFirstDataShown } from '../../app/deferred';
import { requestsApi, showRequestInRows, useListAnsweredSinceQuery } from './api';
import type { Spotlight } from './hooks/use-spotlight';
import { parseTableQuery, toListArgs } from './model/table-query';
import { useLastVisit } from './hooks/use-last-visit';
import { ConnectionsSection } from './connections-section';
import { SinceLastVisitAlert } from './components/since-last-visit-alert';

/** A search for customers, composed in by the app level (features never import each other). */
interface PageSearch {
  /** Wraps the admin view; told of every request sent from the search, which the page says. */
  Provider: ComponentType<{ onSent: (request: ConnectionRequest) => void; children: ReactNode }>;
  /** In the table's toolbar, early in the tab order. */
  toolbarButton: ReactNode;
  /** Under the table, where a user who has read the whole list looks next. */
  pageButton: ReactNode;
}

export interface ConnectionRequestsPageProps {
  /** The search's buttons and dialog; without it the page has the table only. */
  search?: PageSearch;
}

/**
 * Setup > Connection Requests (SPEC §1): one table of requests and suggestions, and the search.
 * Administrators only; members get an explanation.
 */
export function ConnectionRequestsPage({ search }: ConnectionRequestsPageProps) {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const errorMessage = useErrorMessage();
  // The table's first page leaves with the session request instead of after it: one round trip
  // less before the first rows. A member's 403 is never shown. It leaves first: the mock answers
  // in turn, so the session's answer then mounts the admin view with its rows in one render,
  // not a skeleton first and the rows in a second render, style and layout of the whole page.
  const prefetchRows = requestsApi.usePrefetch('listConnectionRows');
  useEffect(() => {
    prefetchRows(toListArgs(parseTableQuery(window.location.search)));
  }, [prefetchRows]);
  const session = useGetSessionQuery();
  // Without the admin view (member, no session) this is the page's first data.
  const withoutTable =
    session.isError || (session.data !== undefined && session.data.user.role !== 'admin');
  useEffect(() => {
    if (withoutTable) markFirstDataShown();
  }, [withoutTable]);

  return (
    <Box component="article" sx={{ display: 'flex', flexDirection: 'column', gap: 3 }}>
      <Box component="header">
        <Typography
          variant="h4"
          component="h1"
          gutterBottom
          sx={{ fontSize: { xs: '1.625rem', sm: undefined }, overflowWrap: 'anywhere' }}
        >
          {t('page.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ maxWidth: '75ch' }}>
          {t('page.intro')}
        </Typography>
      </Box>
      {session.data ? (
        session.data.user.role === 'admin' ? (
          <AdminView session={session.data} search={search} />
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

function WithoutSearch({ children }: { children: ReactNode }) {
  return children;
}

function AdminView({ session, search }: { session: Session; search: PageSearch | undefined }) {
  const { t } = useTranslation('requests');
  const dispatch = useAppDispatch();
  const [noticeOpen, setNoticeOpen] = useState(true);
  const [sinceOpen, setSinceOpen] = useState(true);
  const lastVisit = useLastVisit(session.supplier.id, session.serverTime);
  // Every answer since the last visit, however old the request it answers.
  const answered = useListAnsweredSinceQuery(lastVisit ?? '', { skip: lastVisit === null });
  const newIds = useMemo(() => new Set(answered.data?.items.map(({ id }) => id)), [answered.data]);

  // One feedback for every action of the page, and Show: the way from a success to its rows.
  const feedback = useActionFeedback();
  const { announce } = feedback;
  const [spotlight, setSpotlight] = useState<Spotlight | null>(null);
  const spotlights = useRef(0);
  const show = useCallback((customerIds: readonly string[], customerName: string) => {
    spotlights.current += 1;
    setSpotlight({ id: spotlights.current, customerIds, customerName });
  }, []);

  const onSearchSent = useCallback(
    (request: ConnectionRequest) => {
      // A suggestion requested from the search changes its row at once too.
      dispatch(showRequestInRows(request));
      const name = request.customerName;
      announce({
        severity: 'success',
        text: t('actions.sent', { name }),
        action: {
          label: t('actions.show'),
          accessibleName: t('actions.showLabel', { name }),
          onClick: () => show([request.customerId], name),
        },
      });
    },
    [dispatch, announce, t, show],
  );

  const SearchProvider = search?.Provider ?? WithoutSearch;
  return (
    <SearchProvider onSent={onSearchSent}>
      {session.notice !== null && noticeOpen && (
        <Alert severity="warning" onClose={() => setNoticeOpen(false)}>
          {t('page.notice')}
        </Alert>
      )}
      {sinceOpen && answered.data && (
        <SinceLastVisitAlert answered={answered.data} onClose={() => setSinceOpen(false)} />
      )}
      <ConnectionsSection
        supplierId={session.supplier.id}
        newIds={newIds}
        announce={announce}
        closeFeedback={feedback.close}
        spotlight={spotlight}
        onShow={show}
        searchButton={search?.toolbarButton}
      />
      {search && <Box>{search.pageButton}</Box>}
      <ActionFeedback
        message={feedback.message}
        onClose={feedback.close}
        // The table's heading: the section's own landing place for focus (tabIndex -1).
        onFocusLost={() => document.getElementById('requests-heading')?.focus()}
      />
    </SearchProvider>
  );
}
