import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Popper from '@mui/material/Popper';
import { styled } from '@mui/material/styles';

export interface CustomerHoverCardProps {
  /** The customer name: the visible text of the link. */
  name: string;
  /** The card's content, rendered only while it is open (so its data loads on demand). */
  renderCard: () => ReactNode;
}

// In every approved row: static styles, not an `sx` object resolved per row and render. (styled()
// drops Link's `component` prop from the type, not from the component.)
const Name = styled(Link)({ textAlign: 'start', fontWeight: 500 }) as typeof Link;

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
      <Name
        component="button"
        type="button"
        variant="body2"
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
      </Name>
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
