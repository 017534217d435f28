export { CaptchaField, type CaptchaFieldProps } from './CaptchaField';
export { FAILING_CAPTCHA_TOKEN, type CaptchaHandle, type CaptchaWidgetProps } from './captcha';
export { useCaptcha } from './useCaptcha';
