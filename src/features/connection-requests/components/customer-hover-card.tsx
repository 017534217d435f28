import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Popper from '@mui/material/Popper';
import { controlClass } from './row-controls-look';

export interface CustomerHoverCardProps {
  /** The customer name: the visible text of the link. */
  name: string;
  /** The card's content, rendered only while it is open (so its data loads on demand). */
  renderCard: () => ReactNode;
}

// Lets the pointer travel from the name into the card without it closing.
const CLOSE_DELAY_MS = 150;

/**
 * An approved customer's name: hovering it or focusing it opens a card (SPEC §1). The card is
 * tied to the name with aria-describedby/aria-expanded; Escape closes it and focus stays on the name.
 */
export function CustomerHoverCard({ name, renderCard }: CustomerHoverCardProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cardId = useId();
  const open = anchor !== null;

  const cancelClose = useCallback(() => clearTimeout(closeTimer.current), []);
  const close = useCallback(() => {
    cancelClose();
    setAnchor(null);
  }, [cancelClose]);
  const closeSoon = useCallback(() => {
    cancelClose();
    closeTimer.current = setTimeout(() => setAnchor(null), CLOSE_DELAY_MS);
  }, [cancelClose]);
  const openAt = (element: HTMLElement) => {
    cancelClose();
    setAnchor(element);
  };

  // Escape closes the card wherever focus is (e.g. opened by hover while typing elsewhere).
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, close]);

  useEffect(() => cancelClose, [cancelClose]);

  return (
    <>
      {/* A plain button with MUI's Link look, styled by the rows around it (rowControls): it is
          in every approved row of every page change. */}
      <button
        type="button"
        className={controlClass.link}
        aria-expanded={open}
        aria-describedby={open ? cardId : undefined}
        onMouseEnter={(event) => openAt(event.currentTarget)}
        onMouseLeave={closeSoon}
        onFocus={(event) => openAt(event.currentTarget)}
        onBlur={close}
        // Touch has no hover: a tap opens the card too.
        onClick={(event) => openAt(event.currentTarget)}
      >
        {name}
      </button>
      {/* The Paper is the tooltip; MUI's Popper would add a second, nested role="tooltip". */}
      {/* Mounted only while open: a closed Popper per approved row is work on every page change. */}
      {open && (
        <Popper
          open
          anchorEl={anchor}
          placement="bottom-start"
          role="presentation"
          sx={{ zIndex: 'tooltip' }}
        >
          <Paper
            id={cardId}
            role="tooltip"
            elevation={6}
            onMouseEnter={cancelClose}
            onMouseLeave={closeSoon}
            sx={{ p: 2, mt: 0.5, maxWidth: 360 }}
          >
            {renderCard()}
          </Paper>
        </Popper>
      )}
    </>
  );
}
