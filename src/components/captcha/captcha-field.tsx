import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import type { CaptchaWidgetProps } from './captcha';
import { CaptchaStandIn } from './captcha-stand-in';

// Google's widget (and its script loader) is a separate chunk, fetched only with a site key.
const GoogleCaptcha = lazy(() => import('./google-captcha'));

export interface CaptchaFieldProps extends CaptchaWidgetProps {
  /** Google reCAPTCHA site key (the app's configuration); empty selects the offline stand-in. */
  siteKey: string;
  /** Why the user must complete the check again (expired, failed, unavailable). */
  message?: string | null;
}

/** The reCAPTCHA field of the request form: a labelled group with the widget and its message. */
export function CaptchaField({ siteKey, message = null, ...widget }: CaptchaFieldProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Box role="group" aria-labelledby={labelId}>
      <Typography id={labelId} variant="body2" component="p" sx={{ mb: 0.5 }}>
        {t('captcha.label')}
      </Typography>
      {siteKey === '' ? (
        <CaptchaStandIn {...widget} />
      ) : (
        <Suspense fallback={<Typography variant="body2">{t('captcha.loading')}</Typography>}>
          <GoogleCaptcha siteKey={siteKey} {...widget} />
        </Suspense>
      )}
      {message !== null && (
        <FormHelperText error role="alert">
          {message}
        </FormHelperText>
      )}
    </Box>
  );
}
