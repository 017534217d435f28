import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { SCENARIO_NAMES, type ScenarioName } from '../../../contract';
import { DemoSection } from './demo-section';

export interface ScenarioSectionProps {
  current: ScenarioName;
  busy: boolean;
  onLoad: (name: ScenarioName) => void;
}

function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}

/** Replace all data with one of the built-in scenarios. */
export function ScenarioSection({ current, busy, onLoad }: ScenarioSectionProps) {
  const { t } = useTranslation('demo');
  // The choice starts at the current scenario; loading it again resets its data.
  const [chosen, setChosen] = useState<ScenarioName>(current);

  return (
    <DemoSection heading={t('scenario.heading')}>
      <Typography variant="body2">
        {t('scenario.current', { name: t(`scenario.names.${current}`) })}
      </Typography>
      <Box
        component="form"
        sx={{ display: 'flex', gap: 1, alignItems: 'center' }}
        onSubmit={(event) => {
          event.preventDefault();
          onLoad(chosen);
        }}
      >
        <TextField
          select
          size="small"
          label={t('scenario.label')}
          value={chosen}
          disabled={busy}
          onChange={(event) => {
            if (isScenarioName(event.target.value)) setChosen(event.target.value);
          }}
          sx={{ minWidth: 200 }}
        >
          {SCENARIO_NAMES.map((name) => (
            <MenuItem key={name} value={name}>
              {t(`scenario.names.${name}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="contained" disabled={busy}>
          {t('scenario.load')}
        </Button>
      </Box>
    </DemoSection>
  );
}
