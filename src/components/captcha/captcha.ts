import type { Ref } from 'react';

/** What the dialog can do to a captcha widget, whichever implementation it is. */
export interface CaptchaHandle {
  /** Clears the widget so the user completes it again (e.g. after the token was used up). */
  reset: () => void;
}

/** The one interface of both captcha widgets: Google's reCAPTCHA and the offline stand-in. */
export interface CaptchaWidgetProps {
  /** A token after the user completed the check; null when the user took it back. */
  onToken: (token: string | null) => void;
  /** The token expired: the widget has reset itself and the user must complete it again. */
  onExpired: () => void;
  /** The widget cannot work (Google's script failed to load, e.g. offline). */
  onUnavailable: () => void;
  ref?: Ref<CaptchaHandle>;
}
