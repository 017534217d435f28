import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface DemoSectionProps {
  heading: string;
  /** One sentence under the heading saying what the section does. */
  help?: string;
  children: ReactNode;
}

/** One titled section of the demo drawer: a landmark-free region reachable by heading. */
export function DemoSection({ heading, help, children }: DemoSectionProps) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ py: 2 }}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {heading}
      </Typography>
      {help !== undefined && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {help}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, mt: 1 }}>{children}</Box>
    </Box>
  );
}
