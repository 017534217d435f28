import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Popper from '@mui/material/Popper';

export interface CustomerHoverPopperProps {
  anchor: HTMLElement;
  /** The id the name's aria-describedby points at. */
  id: string;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  children: ReactNode;
}

/**
 * The open hover card, in a chunk of its own: Popper brings @popperjs/core, which the first
 * screen does not need (a card opens only on hover, focus or tap).
 */
export function CustomerHoverPopper({
  anchor,
  id,
  onPointerEnter,
  onPointerLeave,
  children,
}: CustomerHoverPopperProps) {
  return (
    // The Paper is the tooltip; MUI's Popper would add a second, nested role="tooltip".
    <Popper
      open
      anchorEl={anchor}
      placement="bottom-start"
      role="presentation"
      sx={{ zIndex: 'tooltip' }}
    >
      <Paper
        id={id}
        role="tooltip"
        elevation={6}
        onMouseEnter={onPointerEnter}
        onMouseLeave={onPointerLeave}
        sx={{ p: 2, mt: 0.5, maxWidth: 360 }}
      >
        {children}
      </Paper>
    </Popper>
  );
}
