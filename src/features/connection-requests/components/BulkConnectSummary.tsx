import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { bulkSummaryHeadline } from '../model/bulk-summary';

export interface BulkConnectFailureView {
  customerId: string;
  customerName: string;
  /** The server's reason, already translated. */
  message: string;
}

export interface BulkConnectSummaryProps {
  succeeded: number;
  failures: readonly BulkConnectFailureView[];
  onClose: () => void;
}

/** What "Connect selected" did: how many were sent, and each failure by customer name. */
export function BulkConnectSummary({ succeeded, failures, onClose }: BulkConnectSummaryProps) {
  const { t } = useTranslation('suggestions');
  const severity = failures.length === 0 ? 'success' : succeeded === 0 ? 'error' : 'warning';
  const { sent, failed } = bulkSummaryHeadline(t, succeeded, failures.length);

  return (
    // Announced through the panel's live region; a second role="alert" would repeat it.
    <Alert severity={severity} role="none" onClose={onClose} sx={{ mb: 2 }}>
      <AlertTitle>{sent}</AlertTitle>
      {failed !== null && (
        <>
          {failed}
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {failures.map(({ customerId, customerName, message }) => (
              <li key={customerId}>{t('summary.failure', { customer: customerName, message })}</li>
            ))}
          </Box>
        </>
      )}
    </Alert>
  );
}
