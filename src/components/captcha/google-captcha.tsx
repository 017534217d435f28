import { useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import ReCAPTCHA from 'react-google-recaptcha';
import type { CaptchaWidgetProps } from './captcha';

export interface GoogleCaptchaProps extends CaptchaWidgetProps {
  siteKey: string;
}

/** react-async-script reports how the Google script load ended. */
interface ScriptLoadState {
  errored?: boolean;
}

/** Google's reCAPTCHA v2 checkbox. Loaded lazily: without a site key it never ships. */
export default function GoogleCaptcha({
  siteKey,
  onToken,
  onExpired,
  onUnavailable,
  ref,
}: GoogleCaptchaProps) {
  const { i18n } = useTranslation();
  const widget = useRef<ReCAPTCHA>(null);

  useImperativeHandle(ref, () => ({ reset: () => widget.current?.reset() }), []);

  return (
    <ReCAPTCHA
      ref={widget}
      sitekey={siteKey}
      hl={i18n.resolvedLanguage}
      onChange={onToken}
      onExpired={() => {
        widget.current?.reset();
        onExpired();
      }}
      onErrored={onUnavailable}
      asyncScriptOnLoad={(state?: ScriptLoadState) => {
        if (state?.errored === true) onUnavailable();
      }}
    />
  );
}
