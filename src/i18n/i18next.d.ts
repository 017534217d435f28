import 'i18next';
import type { EnglishMessages } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: EnglishMessages;
  }
}
