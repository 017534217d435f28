export { CaptchaField, type CaptchaFieldProps } from './captcha-field';
export { FAILING_CAPTCHA_TOKEN, type CaptchaHandle, type CaptchaWidgetProps } from './captcha';
export { useCaptcha } from './use-captcha';
