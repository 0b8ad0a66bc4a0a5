import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets `document.title` to "<page> · Commonroom"; inside a community, "<thread> · <community> ·
 * Commonroom", as the server writes it for link previews. Screen readers announce the title on
 * navigation, and it names the tab and history entry, so every route calls this.
 */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
