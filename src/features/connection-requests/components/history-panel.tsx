import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import type { ConnectionRequest } from '../../../contract';
import { useErrorMessage } from '../../../app/use-error-message';
import { useGetConnectionRequestHistoryQuery } from '../api';
import { HistoryList, type HistoryState } from './history-list';

export interface HistoryPanelProps {
  request: ConnectionRequest;
  onClose: () => void;
}

/** Side panel with a customer's request history, loaded when opened. Lazy-loaded by the page. */
export function HistoryPanel({ request, onClose }: HistoryPanelProps) {
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
        <HistoryList state={state} onRetry={() => void history.refetch()} />
      </Box>
    </Drawer>
  );
}
