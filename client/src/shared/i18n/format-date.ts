import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from './i18n';

/**
 * Formats an ISO date-time as "6 Jan 2026, 15:30" in the interface language's region
 * (en-GB, not the US order that plain "en" gives).
 */
export function useFormatDateTime() {
  const { i18n } = useTranslation();
  const language = SUPPORTED_LANGUAGES.find((candidate) => candidate.code === i18n.language);
  const locale = language?.htmlLang ?? 'en-GB';
  return useCallback(
    (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    [locale],
  );
}
