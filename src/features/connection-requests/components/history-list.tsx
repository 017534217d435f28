import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ConnectionRequest } from '../../../contract';
import { currentLanguage } from '../../../i18n';
import { StatusChip } from './status-chip';
import type { LoadState } from '../../../components/load-state';
import { RetryAlert } from './retry-alert';

export type HistoryState = LoadState<{ items: readonly ConnectionRequest[] }>;

export interface HistoryListProps {
  state: HistoryState;
  onRetry: () => void;
}

/** Every request sent to one customer, newest first. */
export function HistoryList({ state, onRetry }: HistoryListProps) {
  const { t, i18n } = useTranslation('requests');
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
  const date = new Intl.DateTimeFormat(currentLanguage(i18n), { dateStyle: 'medium' });
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
