import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

/**
 * Languages the interface is translated into. Welsh (`cy`, html lang `cy`) is next: add
 * `locales/cy.json` and one entry here; every other part already goes through `t()`.
 */
export const SUPPORTED_LANGUAGES = [{ code: 'en', htmlLang: 'en-GB', name: 'English' }] as const;
export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export const resources = { en: { translation: en } } as const satisfies Record<LanguageCode, { translation: unknown }>;

export const i18n = i18next.createInstance();

// Initialised synchronously (bundled resources, `initAsync: false`) so the first render is
// already translated: no flash of keys, no suspense boundary needed.
void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: SUPPORTED_LANGUAGES.map((language) => language.code),
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes already.
  showSupportNotice: false, // Keeps the browser console and test output for our own messages.
});

/** Keeps `<html lang>` right for screen readers and hyphenation when the language changes. */
i18n.on('languageChanged', (code) => {
  const language = SUPPORTED_LANGUAGES.find((candidate) => candidate.code === code);
  document.documentElement.lang = language?.htmlLang ?? code;
});
