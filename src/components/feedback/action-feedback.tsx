import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import CloseIcon from '@mui/icons-material/Close';
import visuallyHidden from '@mui/utils/visuallyHidden';
import { SUCCESS_HIDE_MS, type FeedbackMessage } from './use-action-feedback';

/**
 * A dialog that has just closed leaves the page aria-hidden for a moment, and a live region
 * inside aria-hidden content is not read: the announcement waits that long.
 */
const ANNOUNCE_DELAY_MS = 100;
/** Space kept between the message and the content scrolled above it. */
const GAP_PX = 16;

export interface ActionFeedbackProps {
  message: FeedbackMessage | null;
  onClose: (id: number) => void;
  /** Focus was in the message when it closed and where it came from is gone: put it somewhere. */
  onFocusLost?: () => void;
  /**
   * Where it sits: centred under the page, or at the right, under a drawer on that side whose
   * controls it answers (the demo panel), so it does not cover the page the drawer changes.
   */
  anchor?: 'center' | 'right';
}

/**
 * The page's one place for the outcome of an action (useActionFeedback holds the rule): fixed at
 * the bottom of the window, with the page given as much room below its content, so it covers
 * nothing that cannot be scrolled clear, and focus never lands under it (scroll-padding, WCAG
 * 2.4.11). Screen readers hear it through live regions that are always there (polite for a
 * success, assertive for an error).
 */
export function ActionFeedback({
  message,
  onClose,
  onFocusLost,
  anchor = 'center',
}: ActionFeedbackProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  // Where focus came from when it entered the message, to go back there when it closes.
  const cameFrom = useRef<HTMLElement | null>(null);
  const [heldId, setHeldId] = useState<number | null>(null);
  const [height, setHeight] = useState(0);
  const [spoken, setSpoken] = useState<FeedbackMessage | null>(null);
  // The last message stays rendered while it slides out.
  const [shown, setShown] = useState(message);
  if (message !== null && message !== shown) setShown(message);

  useEffect(() => {
    const timer = setTimeout(() => setSpoken(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const id = message?.id;
  useEffect(() => {
    const element = root.current;
    if (id === undefined || element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight));
    observer.observe(element);
    return () => {
      observer.disconnect();
      setHeight(0);
    };
  }, [id]);

  const reserved = message === null || height === 0 ? 0 : height + GAP_PX;
  useEffect(() => {
    if (reserved === 0) return;
    const { style } = document.documentElement;
    style.scrollPaddingBottom = `${reserved}px`;
    return () => {
      style.scrollPaddingBottom = '';
    };
  }, [reserved]);

  const close = (restoreFocus: boolean) => {
    if (message === null) return;
    const hadFocus = root.current?.contains(document.activeElement) ?? false;
    onClose(message.id);
    if (!restoreFocus || !hadFocus) return;
    const back = cameFrom.current;
    if (back?.isConnected) back.focus();
    else onFocusLost?.();
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (message === null) return;
    setHeldId(message.id);
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setHeldId(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close(true);
  };

  const error = message?.severity === 'error';
  const held = message !== null && heldId === message.id;
  const spokenText =
    spoken === null ? '' : [spoken.text, ...(spoken.details ?? [])].filter(Boolean).join(' ');

  return (
    <>
      <Box sx={visuallyHidden}>
        <div role="status">
          {spoken?.severity === 'success' && <span key={spoken.id}>{spokenText}</span>}
        </div>
        <div role="alert">
          {spoken?.severity === 'error' && <span key={spoken.id}>{spokenText}</span>}
        </div>
      </Box>
      {/* Room below the page's last content, so all of it can be scrolled above the message. */}
      <Box aria-hidden="true" sx={{ height: reserved }} />
      <Snackbar
        key={shown?.id}
        ref={root}
        open={message !== null}
        anchorOrigin={{ vertical: 'bottom', horizontal: anchor }}
        autoHideDuration={error || held ? null : SUCCESS_HIDE_MS}
        onClose={(_event, reason) => {
          // Clicks elsewhere and Escape meant for a dialog are not about this message.
          if (reason === 'timeout') close(false);
        }}
      >
        <Alert
          severity={shown?.severity ?? 'success'}
          variant="filled"
          // Read out through the live regions above; the message itself is a landmark to go back to.
          role="region"
          aria-label={t('feedback')}
          onFocus={onFocus}
          onBlur={onBlur}
          onKeyDown={onKeyDown}
          action={
            <>
              {shown?.action && (
                <Button
                  color="inherit"
                  size="small"
                  aria-label={shown.action.accessibleName}
                  onClick={() => {
                    shown.action?.onClick();
                    onClose(shown.id);
                  }}
                  sx={{ fontWeight: 'fontWeightBold' }}
                >
                  {shown.action.label}
                </Button>
              )}
              <IconButton
                color="inherit"
                size="small"
                aria-label={t('close')}
                onClick={() => close(true)}
              >
                <CloseIcon fontSize="small" />
              </IconButton>
            </>
          }
          sx={{ width: '100%', maxWidth: 640, alignItems: 'center' }}
        >
          {shown?.text}
          {shown?.details !== undefined && shown.details.length > 0 && (
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 3 }}>
              {shown.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </Box>
          )}
        </Alert>
      </Snackbar>
    </>
  );
}
