import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

export interface Feedback {
  severity: 'success' | 'error';
  message: string;
  /** Distinguishes two equal messages in a row, so the second one is announced too. */
  id: number;
}

export interface FeedbackSnackbarProps {
  feedback: Feedback | null;
  onClose: () => void;
}

const SUCCESS_HIDE_MS = 6000;

/**
 * The outcome of the last demo control. Errors stay until closed; success hides after a while.
 * role alert/status makes screen readers announce it (assertive for errors, polite otherwise).
 */
export function FeedbackSnackbar({ feedback, onClose }: FeedbackSnackbarProps) {
  if (feedback === null) return null;
  return (
    <Snackbar
      key={feedback.id}
      open
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      autoHideDuration={feedback.severity === 'success' ? SUCCESS_HIDE_MS : null}
      onClose={(_event, reason) => {
        // A click elsewhere in the drawer is the user working on, not dismissing the message.
        if (reason !== 'clickaway') onClose();
      }}
    >
      <Alert
        severity={feedback.severity}
        variant="filled"
        role={feedback.severity === 'error' ? 'alert' : 'status'}
        onClose={onClose}
        sx={{ width: '100%' }}
      >
        {feedback.message}
      </Alert>
    </Snackbar>
  );
}
