import type { ReactElement } from 'react';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../../src/app/app-providers';
import { makeStore, type AppStore, type RootState } from '../../src/app/store';
import { createI18n, type Language } from '../../src/i18n';

export interface RenderWithProvidersOptions extends Omit<RenderOptions, 'wrapper'> {
  preloadedState?: Partial<RootState>;
  store?: AppStore;
  language?: Language;
}

/** Renders inside a fresh store, i18n instance and theme; returns them with a userEvent instance. */
export async function renderWithProviders(
  ui: ReactElement,
  {
    preloadedState,
    store = makeStore(preloadedState),
    language = 'en',
    ...options
  }: RenderWithProvidersOptions = {},
) {
  const i18n = await createI18n({ lng: language });
  const user = userEvent.setup();
  const result = render(ui, {
    wrapper: ({ children }) => (
      <AppProviders store={store} i18n={i18n}>
        {children}
      </AppProviders>
    ),
    ...options,
  });
  return { ...result, store, user, i18n };
}
