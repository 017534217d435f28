import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import type { ConnectionRequest } from '../../../contract';
import { useErrorMessage } from '../../../app/use-error-message';
import { useGetConnectionRequestHistoryQuery } from '../api';
import { StatusChip } from './status-chip';
import type { LoadState } from '../../../components/load-state';
import { RetryAlert } from './retry-alert';

type HistoryState = LoadState<{ items: readonly ConnectionRequest[] }>;

export interface HistoryListProps {
  state: HistoryState;
  language: string;
  onRetry: () => void;
}

/** Every request sent to one customer, newest first. */
export function HistoryList({ state, language, onRetry }: HistoryListProps) {
  const { t } = useTranslation('requests');
  if (state.kind === 'loading') {
    return (
      <Box role="status" aria-label={t('history.loading')}>
        <Skeleton height={72} />
        <Skeleton height={72} />
      </Box>
    );
  }
  if (state.kind === 'error') {
    return (
      <RetryAlert onRetry={onRetry}>{t('history.error', { message: state.message })}</RetryAlert>
    );
  }
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  return (
    <List>
      {state.items.map((item) => (
        <ListItem
          key={item.id}
          divider
          sx={{ flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}
        >
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <Typography variant="subtitle2" component="p">
              {t('history.attempt', { attempt: item.attempt })}
            </Typography>
            <StatusChip status={item.status} />
          </Box>
          <Typography variant="body2">
            {t('history.sentOn', { date: date.format(new Date(item.sentAt)) })}
          </Typography>
          {item.respondedAt !== null && (
            <Typography variant="body2">
              {t('history.respondedOn', { date: date.format(new Date(item.respondedAt)) })}
            </Typography>
          )}
          <Typography variant="body2">
            {t('history.email', {
              email: item.origin === 'suggestion' ? t('row.systemInitiated') : item.contactEmail,
            })}
          </Typography>
          {item.comment !== null && item.comment !== '' && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {t('history.comment', { comment: item.comment })}
            </Typography>
          )}
        </ListItem>
      ))}
    </List>
  );
}

export interface HistoryPanelProps {
  request: ConnectionRequest;
  language: string;
  onClose: () => void;
}

/** Side panel with a customer's request history, loaded when opened. Lazy-loaded by the page. */
export function HistoryPanel({ request, language, onClose }: HistoryPanelProps) {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const errorMessage = useErrorMessage();
  const history = useGetConnectionRequestHistoryQuery(request.id);
  const state: HistoryState = history.data
    ? { kind: 'loaded', items: history.data }
    : history.isError
      ? { kind: 'error', message: errorMessage(history.error) }
      : { kind: 'loading' };
  const titleId = `history-title-${request.id}`;
  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { width: 380 } } }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', p: 2, pb: 0 }}>
        <Typography id={titleId} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {t('history.title', { name: request.customerName })}
        </Typography>
        <IconButton aria-label={tCommon('close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Box>
      <Box sx={{ p: 2 }}>
        <HistoryList state={state} language={language} onRetry={() => void history.refetch()} />
      </Box>
    </Drawer>
  );
}
