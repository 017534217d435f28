import { useId, useImperativeHandle, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { FAILING_CAPTCHA_TOKEN } from '../../contract';
import type { CaptchaWidgetProps } from './captcha';

/**
 * The offline stand-in for reCAPTCHA (SPEC §5): ticking "I'm not a robot" issues a fresh token.
 * "Simulate a failed check" makes the next tick issue the token the server rejects.
 */
export function CaptchaStandIn({ onToken, ref }: CaptchaWidgetProps) {
  const { t } = useTranslation();
  const noteId = useId();
  const [ticked, setTicked] = useState(false);
  const [simulateFailure, setSimulateFailure] = useState(false);

  useImperativeHandle(ref, () => ({ reset: () => setTicked(false) }), []);

  return (
    <Box
      sx={{
        display: 'inline-flex',
        flexDirection: 'column',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        px: 1.5,
        py: 1,
        bgcolor: 'grey.50',
      }}
    >
      <FormControlLabel
        label={t('captcha.standIn.checkbox')}
        control={
          <Checkbox
            checked={ticked}
            slotProps={{ input: { 'aria-describedby': noteId } }}
            onChange={(event) => {
              const { checked } = event.target;
              setTicked(checked);
              onToken(
                checked ? (simulateFailure ? FAILING_CAPTCHA_TOKEN : crypto.randomUUID()) : null,
              );
            }}
          />
        }
      />
      <Typography id={noteId} variant="caption" sx={{ color: 'text.secondary' }}>
        {t('captcha.standIn.note')}
      </Typography>
      <FormControlLabel
        label={<Typography variant="caption">{t('captcha.standIn.simulateFailure')}</Typography>}
        control={
          <Switch
            size="small"
            checked={simulateFailure}
            onChange={(event) => {
              setSimulateFailure(event.target.checked);
              // A token issued before the switch no longer matches it: ask for a new tick.
              if (ticked) {
                setTicked(false);
                onToken(null);
              }
            }}
          />
        }
      />
    </Box>
  );
}
