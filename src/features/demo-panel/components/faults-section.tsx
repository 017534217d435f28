import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { DemoFaults } from '../../../contract';
import { currentLanguage } from '../../../i18n';
import {
  MAX_LATENCY_MS,
  hasActiveFaults,
  parsePercentAsRate,
  parseWholeNumber,
  rateAsPercent,
} from '../demo-inputs';
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
  const [latencyText, setLatencyText] = useState(String(faults.latencyMs));
  const [rateText, setRateText] = useState(String(rateAsPercent(faults.failureRate)));
  const latencyMs = parseWholeNumber(latencyText, 0, MAX_LATENCY_MS);
  const failureRate = parsePercentAsRate(rateText);
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
          if (latencyMs !== undefined && failureRate !== undefined) {
            onApply({ latencyMs, failureRate });
          }
        }}
      >
        <NumberField
          label={t('faults.latency')}
          value={latencyText}
          onChange={setLatencyText}
          disabled={busy}
          error={
            latencyMs === undefined
              ? t('faults.latencyInvalid', { max: MAX_LATENCY_MS })
              : undefined
          }
          min={0}
          max={MAX_LATENCY_MS}
          step={100}
          width={150}
        />
        <NumberField
          label={t('faults.failureRate')}
          value={rateText}
          onChange={setRateText}
          disabled={busy}
          error={failureRate === undefined ? t('faults.failureRateInvalid') : undefined}
          min={0}
          max={100}
          step={10}
          width={150}
        />
        <Box sx={{ display: 'flex', gap: 1, pt: 0.25 }}>
          <Button
            type="submit"
            variant="contained"
            disabled={busy || latencyMs === undefined || failureRate === undefined}
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
