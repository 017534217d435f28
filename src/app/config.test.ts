import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

const origin = 'http://localhost:5173';

describe('readConfig', () => {
  it('turns the mock backend on and serves /api on this origin when no API base URL is set', () => {
    expect(readConfig({}, origin)).toEqual({
      apiBaseUrl: 'http://localhost:5173/api',
      mocking: true,
      recaptchaSiteKey: '',
    });
    expect(readConfig({ VITE_API_BASE_URL: '   ' }, origin).mocking).toBe(true);
  });

  it('turns the mock off and points at the configured backend, without a trailing slash', () => {
    expect(readConfig({ VITE_API_BASE_URL: 'https://portal.example/api/' }, origin)).toEqual({
      apiBaseUrl: 'https://portal.example/api',
      mocking: false,
      recaptchaSiteKey: '',
    });
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
