/**
 * Build-time configuration, validated once. With no VITE_API_BASE_URL the mock backend (MSW)
 * serves /api on this origin; with one, the app talks to that backend and no mock is loaded.
 * VITE_DEMO_CONTROLS=true shows the demo panel with such a backend too: one that has the demo
 * controls under /api/demo, such as `npm run mock:server` (`vite --mode mock-server` sets both).
 */
export interface AppConfig {
  /** Absolute base URL of the API, ending in /api. */
  apiBaseUrl: string;
  /** True when the mock backend must be started (no real backend configured). */
  mocking: boolean;
  /** Whether the backend has the demo controls, so the demo panel is offered. */
  demoControls: boolean;
  /** Google reCAPTCHA v2 site key; empty means the offline stand-in widget. */
  recaptchaSiteKey: string;
}

export function readConfig(
  env: Record<string, string | boolean | undefined>,
  origin: string,
): AppConfig {
  const rawBase = typeof env.VITE_API_BASE_URL === 'string' ? env.VITE_API_BASE_URL.trim() : '';
  const siteKey =
    typeof env.VITE_RECAPTCHA_SITE_KEY === 'string' ? env.VITE_RECAPTCHA_SITE_KEY.trim() : '';
  if (rawBase === '') {
    return {
      apiBaseUrl: `${origin}/api`,
      mocking: true,
      demoControls: true,
      recaptchaSiteKey: siteKey,
    };
  }
  let url: URL;
  try {
    url = new URL(rawBase, origin);
  } catch {
    throw new Error(`VITE_API_BASE_URL is not a valid URL: "${rawBase}"`);
  }
  return {
    apiBaseUrl: url.href.replace(/\/+$/, ''),
    mocking: false,
    // Never by default: a real backend has no demo controls, and nothing probes for them.
    demoControls: env.VITE_DEMO_CONTROLS === 'true',
    recaptchaSiteKey: siteKey,
  };
}

export const config: AppConfig = readConfig(import.meta.env, window.location.origin);
