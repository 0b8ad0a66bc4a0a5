import { Group, Loader, Text } from '@mantine/core';

interface ResultCountProps {
  isSearching: boolean;
  /** Said while a search is in flight, e.g. "Searching…". */
  searchingLabel: string;
  /** The count once it is known; undefined when there is no count to give (no answer yet, or the search failed). */
  countLabel: string | undefined;
}

/**
 * Always in the page (a live region must exist before it changes), so screen readers hear
 * "Searching…" and then the new count after every filter change. It doubles as the page's
 * loading indicator, so nothing else announces loading.
 */
export function ResultCount({ isSearching, searchingLabel, countLabel }: ResultCountProps) {
  return (
    <Group gap="xs" mih={28}>
      {isSearching && <Loader size="xs" aria-hidden="true" />}
      <Text role="status" aria-live="polite" fw={600}>
        {isSearching ? searchingLabel : countLabel}
      </Text>
    </Group>
  );
}
