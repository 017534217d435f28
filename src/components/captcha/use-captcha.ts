import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptchaFieldProps } from './captcha-field';
import type { CaptchaHandle } from './captcha';

/**
 * The state of one captcha field: the token the user earned, the message shown under the widget
 * (expired, failed, unavailable), and a reset for when the server may have used the token up.
 * `siteKey` picks Google's widget; empty picks the offline stand-in.
 */
export function useCaptcha(siteKey: string) {
  const { t } = useTranslation();
  const widget = useRef<CaptchaHandle>(null);
  const [token, setToken] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  /** Clears the widget and the token: the user completes the check again. */
  const reset = useCallback(() => {
    widget.current?.reset();
    setToken(null);
  }, []);

  const fieldProps: CaptchaFieldProps = {
    siteKey,
    ref: widget,
    message,
    onToken: (next) => {
      setToken(next);
      if (next !== null) setMessage(null);
    },
    onExpired: () => {
      setToken(null);
      setMessage(t('captcha.expired'));
    },
    onUnavailable: () => setMessage(t('captcha.unavailable')),
  };

  return { token, fieldProps, reset, showMessage: setMessage };
}
