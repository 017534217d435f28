import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { DemoFaults } from '../../../contract';
import { currentLanguage } from '../../../i18n';
import {
  FAILURE_PERCENT_INPUT,
  LATENCY_MS_INPUT,
  hasActiveFaults,
  rateAsPercent,
} from '../demo-inputs';
import { useNumberInput } from '../use-number-input';
import { DemoSection } from './demo-section';
import { NumberField } from './number-field';

export interface FaultsSectionProps {
  /** The faults in force; the form starts from them. */
  faults: DemoFaults;
  busy: boolean;
  onApply: (faults: DemoFaults) => void;
}

const NO_FAULTS: DemoFaults = { latencyMs: 0, failureRate: 0 };

/** Latency and failure rate injected into every non-demo call. */
export function FaultsSection({ faults, busy, onApply }: FaultsSectionProps) {
  const { t, i18n } = useTranslation('demo');
  const latency = useNumberInput(LATENCY_MS_INPUT, String(faults.latencyMs));
  const rate = useNumberInput(FAILURE_PERCENT_INPUT, String(rateAsPercent(faults.failureRate)));
  const active = hasActiveFaults(faults);
  const language = currentLanguage(i18n);

  return (
    <DemoSection heading={t('faults.heading')} help={t('faults.help')}>
      {/* A status, not an alert: it describes a state and changes only when the user applies. */}
      <Alert severity={active ? 'warning' : 'info'} role="status">
        {active
          ? t('faults.active', {
              latency: new Intl.NumberFormat(language, {
                style: 'unit',
                unit: 'millisecond',
              }).format(faults.latencyMs),
              rate: new Intl.NumberFormat(language, {
                style: 'percent',
                maximumFractionDigits: 2,
              }).format(faults.failureRate),
            })
          : t('faults.inactive')}
      </Alert>
      <Box
        component="form"
        noValidate
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}
        onSubmit={(event) => {
          event.preventDefault();
          if (latency.value !== undefined && rate.value !== undefined) {
            onApply({ latencyMs: latency.value, failureRate: rate.value });
          }
        }}
      >
        <NumberField
          label={t('faults.latency')}
          field={latency}
          disabled={busy}
          error={
            latency.value === undefined
              ? t('faults.latencyInvalid', { max: LATENCY_MS_INPUT.max })
              : undefined
          }
          width={150}
        />
        <NumberField
          label={t('faults.failureRate')}
          field={rate}
          disabled={busy}
          error={rate.value === undefined ? t('faults.failureRateInvalid') : undefined}
          width={150}
        />
        <Box sx={{ display: 'flex', gap: 1, pt: 0.25 }}>
          <Button
            type="submit"
            variant="contained"
            disabled={busy || latency.value === undefined || rate.value === undefined}
          >
            {t('faults.apply')}
          </Button>
          {active && (
            <Button variant="outlined" disabled={busy} onClick={() => onApply(NO_FAULTS)}>
              {t('faults.clear')}
            </Button>
          )}
        </Box>
      </Box>
    </DemoSection>
  );
}
