import 'i18next';
import type en from './locales/en.json';

// Typed keys: `t('a.missing.key')` fails the type check, so English is always complete.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
