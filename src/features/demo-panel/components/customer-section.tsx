import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ConnectionRequest } from '../../../contract';
import { MAX_COMMENT_LENGTH, characterCount, commentProblem } from '../../../contract';
import { currentLanguage } from '../../../i18n';
import { DemoSection } from './demo-section';

export interface CustomerSectionProps {
  /** The pending requests, newest first (the demo state's list: at most 100). */
  requests: readonly ConnectionRequest[];
  /** How many pending requests exist in all. */
  total: number;
  /** The request being answered right now: its buttons are disabled. */
  respondingId?: string;
  onApprove: (request: ConnectionRequest) => void;
  /** Resolves true once the rejection went through, so the comment form can close. */
  onReject: (request: ConnectionRequest, comment: string) => Promise<boolean>;
}

/**
 * "Act as the customer": approve or reject each pending request. The list comes with the demo
 * state, which ignores the role and the injected faults like every demo control.
 */
export function CustomerSection({
  requests,
  total,
  respondingId,
  onApprove,
  onReject,
}: CustomerSectionProps) {
  const { t } = useTranslation('demo');
  return (
    <DemoSection heading={t('customer.heading')} help={t('customer.help')}>
      {requests.length === 0 && <Typography variant="body2">{t('customer.empty')}</Typography>}
      {requests.length > 0 && (
        <>
          <Typography variant="body2" color="text.secondary">
            {t('customer.count', { count: total })}
            {total > requests.length &&
              ` ${t('customer.truncated', { shown: requests.length, total })}`}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {requests.map((request) => (
              <PendingRequestItem
                key={request.id}
                request={request}
                busy={respondingId === request.id}
                onApprove={onApprove}
                onReject={onReject}
              />
            ))}
          </Box>
        </>
      )}
    </DemoSection>
  );
}

interface PendingRequestItemProps {
  request: ConnectionRequest;
  busy: boolean;
  onApprove: CustomerSectionProps['onApprove'];
  onReject: CustomerSectionProps['onReject'];
}

function PendingRequestItem({ request, busy, onApprove, onReject }: PendingRequestItemProps) {
  const { t, i18n } = useTranslation('demo');
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const commentId = `reject-comment-${request.id}`;
  const tooLong = commentProblem(comment) !== null;
  const sentOn = new Intl.DateTimeFormat(currentLanguage(i18n), { dateStyle: 'medium' }).format(
    new Date(request.sentAt),
  );
  const counter = { count: characterCount(comment), max: MAX_COMMENT_LENGTH };

  const submitRejection = async () => {
    if (tooLong) return;
    if (await onReject(request, comment)) {
      setRejecting(false);
      setComment('');
    }
  };

  return (
    <Box component="li" sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Typography variant="body1">{request.customerName}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('customer.sentOn', { date: sentOn })} ·{' '}
        {request.contactEmail ?? t('customer.systemInitiated')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
        <Button
          size="small"
          variant="contained"
          color="success"
          disabled={busy}
          aria-label={t('customer.approveLabel', { customer: request.customerName })}
          onClick={() => onApprove(request)}
        >
          {t('customer.approve')}
        </Button>
        <Button
          size="small"
          variant="outlined"
          color="error"
          disabled={busy}
          aria-expanded={rejecting}
          aria-controls={rejecting ? commentId : undefined}
          aria-label={t('customer.rejectLabel', { customer: request.customerName })}
          onClick={() => setRejecting((open) => !open)}
        >
          {t('customer.reject')}
        </Button>
      </Box>
      {rejecting && (
        <Box
          component="form"
          id={commentId}
          noValidate
          sx={{ display: 'flex', flexDirection: 'column', gap: 1, mt: 1.5 }}
          onSubmit={(event) => {
            event.preventDefault();
            void submitRejection();
          }}
        >
          <TextField
            label={t('customer.comment')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            multiline
            minRows={2}
            size="small"
            autoFocus
            disabled={busy}
            error={tooLong}
            // No maxLength: the user sees the count pass 500 and the error instead of silent truncation.
            helperText={
              tooLong ? t('customer.commentTooLong', counter) : t('customer.commentCount', counter)
            }
          />
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button
              type="submit"
              size="small"
              variant="contained"
              color="error"
              disabled={busy || tooLong}
            >
              {t('customer.confirmReject')}
            </Button>
            <Button size="small" disabled={busy} onClick={() => setRejecting(false)}>
              {t('customer.cancelReject')}
            </Button>
          </Box>
        </Box>
      )}
    </Box>
  );
}
