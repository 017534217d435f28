import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import type { Feedback } from '../hooks/useFeedback';

export interface FeedbackSnackbarProps {
  feedback: Feedback | null;
  open: boolean;
  onClose: () => void;
}

/**
 * The result of a row action. Success hides after a while; an error stays until the user
 * closes it (WCAG 2.2.1).
 */
export function FeedbackSnackbar({ feedback, open, onClose }: FeedbackSnackbarProps) {
  const error = feedback?.severity === 'error';
  return (
    <Snackbar
      key={feedback?.key}
      open={open && feedback !== null}
      autoHideDuration={error ? null : 6000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
    >
      {/* role=alert/status: the result of an action is announced by screen readers. */}
      <Alert
        severity={feedback?.severity ?? 'success'}
        role={error ? 'alert' : 'status'}
        onClose={onClose}
        variant="filled"
      >
        {feedback?.message}
      </Alert>
    </Snackbar>
  );
}
