export { CaptchaField } from './captcha-field';
export { useCaptcha } from './use-captcha';
