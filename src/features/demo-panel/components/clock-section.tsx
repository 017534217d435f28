import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { currentLanguage } from '../../../i18n';
import { ADVANCE_DAYS_INPUT, QUICK_ADVANCE_DAYS } from '../demo-inputs';
import { useNumberInput } from '../use-number-input';
import { DemoSection } from './demo-section';
import { NumberField } from './number-field';

export interface ClockSectionProps {
  /** The server clock (ISO date-time). */
  serverTime: string;
  clockOffsetDays: number;
  busy: boolean;
  onAdvance: (days: number) => void;
}

/** The server clock (R2) and buttons that move it forward. */
export function ClockSection({ serverTime, clockOffsetDays, busy, onAdvance }: ClockSectionProps) {
  const { t, i18n } = useTranslation('demo');
  const days = useNumberInput(ADVANCE_DAYS_INPUT, '');
  const invalid = days.text !== '' && days.value === undefined;
  const date = new Intl.DateTimeFormat(currentLanguage(i18n), {
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(serverTime));

  return (
    <DemoSection heading={t('clock.heading')}>
      <Box>
        <Typography variant="body2">{t('clock.serverDate', { date })}</Typography>
        <Typography variant="body2" color="text.secondary">
          {clockOffsetDays === 0
            ? t('clock.offsetNone')
            : t('clock.offset', { count: clockOffsetDays })}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {QUICK_ADVANCE_DAYS.map((count) => (
          <Button
            key={count}
            size="small"
            variant="outlined"
            disabled={busy}
            aria-label={t('clock.advanceByLabel', { count })}
            onClick={() => onAdvance(count)}
          >
            {t('clock.advanceBy', { count })}
          </Button>
        ))}
      </Box>
      <Box
        component="form"
        noValidate
        sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
        onSubmit={(event) => {
          event.preventDefault();
          if (days.value !== undefined) onAdvance(days.value);
        }}
      >
        <NumberField
          label={t('clock.days')}
          field={days}
          disabled={busy}
          error={
            invalid
              ? t('clock.daysInvalid', { min: ADVANCE_DAYS_INPUT.min, max: ADVANCE_DAYS_INPUT.max })
              : undefined
          }
          width={120}
        />
        <Button type="submit" variant="contained" disabled={busy || days.value === undefined}>
          {t('clock.advance')}
        </Button>
      </Box>
    </DemoSection>
  );
}
