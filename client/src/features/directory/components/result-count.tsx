import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ResultCountProps {
  /** Undefined when there is no count to give (the search failed). */
  total: number | undefined;
  isSearching: boolean;
}

/**
 * Always in the page (a live region must exist before it changes), so screen readers hear
 * "Searching…" and then the new count after every filter change. It doubles as the page's
 * loading indicator, so nothing else announces loading.
 */
export function ResultCount({ total, isSearching }: ResultCountProps) {
  const { t } = useTranslation();
  let text = '';
  if (isSearching) text = t('directory.results.searching');
  else if (total !== undefined) text = t('directory.results.count', { count: total });
  return (
    <Group gap="xs" mih={28}>
      {isSearching && <Loader size="xs" aria-hidden="true" />}
      <Text role="status" aria-live="polite" fw={600}>
        {text}
      </Text>
    </Group>
  );
}
