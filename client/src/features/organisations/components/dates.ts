import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '../../../shared/i18n/i18n';

/**
 * Formats a calendar date ("2024-09-01") as "1 September 2024". Read as UTC so the day never
 * shifts with the browser's time zone.
 */
export function useFormatDate() {
  const { i18n } = useTranslation();
  const locale = SUPPORTED_LANGUAGES.find((language) => language.code === i18n.language)?.htmlLang ?? 'en-GB';
  return useCallback(
    (isoDate: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
      ),
    [locale],
  );
}

/** Today in the person's own time zone, as the ISO date a date input holds. */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
