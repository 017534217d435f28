import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

const origin = 'http://localhost:5173';

describe('readConfig', () => {
  it('turns the mock backend on and serves /api on this origin when no API base URL is set', () => {
    expect(readConfig({}, origin)).toEqual({
      apiBaseUrl: 'http://localhost:5173/api',
      mocking: true,
      demoControls: true,
      recaptchaSiteKey: '',
    });
    expect(readConfig({ VITE_API_BASE_URL: '   ' }, origin).mocking).toBe(true);
  });

  it('turns the mock off and points at the configured backend, without a trailing slash', () => {
    expect(readConfig({ VITE_API_BASE_URL: 'https://portal.example/api/' }, origin)).toEqual({
      apiBaseUrl: 'https://portal.example/api',
      mocking: false,
      demoControls: false,
      recaptchaSiteKey: '',
    });
  });

  it('offers the demo controls with a backend only when VITE_DEMO_CONTROLS is true', () => {
    const backend = { VITE_API_BASE_URL: 'http://localhost:8787/api' };
    expect(readConfig({ ...backend, VITE_DEMO_CONTROLS: 'true' }, origin)).toMatchObject({
      mocking: false,
      demoControls: true,
    });
    expect(readConfig({ ...backend, VITE_DEMO_CONTROLS: 'false' }, origin).demoControls).toBe(
      false,
    );
    expect(readConfig({ ...backend, VITE_DEMO_CONTROLS: 'yes' }, origin).demoControls).toBe(false);
  });

  it('resolves a relative base URL against the page origin', () => {
    expect(readConfig({ VITE_API_BASE_URL: '/backend/api' }, origin).apiBaseUrl).toBe(
      'http://localhost:5173/backend/api',
    );
  });

  it('passes the reCAPTCHA site key through, trimmed', () => {
    expect(readConfig({ VITE_RECAPTCHA_SITE_KEY: ' key-123 ' }, origin).recaptchaSiteKey).toBe(
      'key-123',
    );
  });

  it('refuses a base URL that is not a URL, naming the setting', () => {
    expect(() => readConfig({ VITE_API_BASE_URL: 'http://' }, origin)).toThrow(/VITE_API_BASE_URL/);
  });
});
