import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { MAX_SEARCHES } from '../../../contract';
import { DemoSection } from './demo-section';

export interface SupportSectionProps {
  searchesRemaining: number;
  busy: boolean;
  onResetSearches: () => void;
}

/** Act as support: give the user back their five search attempts (R4). */
export function SupportSection({ searchesRemaining, busy, onResetSearches }: SupportSectionProps) {
  const { t } = useTranslation('demo');
  return (
    <DemoSection heading={t('support.heading')}>
      <Typography variant="body2">
        {t('support.remaining', { count: searchesRemaining, max: MAX_SEARCHES })}
      </Typography>
      <Box>
        <Button variant="outlined" disabled={busy} onClick={onResetSearches}>
          {t('support.resetSearches')}
        </Button>
      </Box>
    </DemoSection>
  );
}
