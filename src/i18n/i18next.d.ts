import 'i18next';
import type { en } from './en';
import type demo from './en/demo.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    /**
     * Every English namespace, the lazy ones included (loaded with the UI that uses them, see
     * LAZY_NAMESPACES): what translation keys are type-checked against.
     */
    resources: typeof en & { demo: typeof demo };
  }
}
