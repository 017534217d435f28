import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Renders its children once the `demo` messages are loaded: they are a lazy namespace (src/i18n),
 * so a section rendered on its own (a story) would otherwise show keys for a moment.
 */
export function DemoMessagesReady({ children }: { children: ReactNode }) {
  const { ready } = useTranslation('demo');
  return ready ? children : null;
}
