import type { PersonRef } from '@commonroom/contracts';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { forumKeys } from '../../api/forum-keys';
import { fetchMentionSuggestions } from '../../api/forums.api';
import type { MentionQuery } from './mention-query';

/** Asks once typing pauses, not on every letter. */
const SUGGEST_DELAY_MS = 200;

/**
 * People to offer for the "@name" at the caret, and which one is highlighted. Escape dismisses
 * the list until the name changes.
 */
export function useMentionSuggestions(communitySlug: string, query: MentionQuery | null) {
  const [debounced] = useDebouncedValue(query?.text ?? '', SUGGEST_DELAY_MS);
  const text = query && debounced === query.text ? debounced : '';
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const suggestions = useQuery({
    queryKey: forumKeys.mentions(communitySlug, text),
    queryFn: ({ signal }) => fetchMentionSuggestions(communitySlug, text, { signal }),
    enabled: text.length > 0,
    staleTime: 60_000,
  });
  const people: PersonRef[] = query && text && dismissed !== query.text ? (suggestions.data?.items ?? []) : [];
  const activeIndex = Math.min(active, Math.max(0, people.length - 1));

  const move = (delta: number) => setActive((activeIndex + delta + people.length) % people.length);

  /**
   * The text box's keys while the list is open: arrows move, Enter or Tab choose, Escape closes
   * the list (and only the list, not a dialog around the composer). True when the key was used.
   */
  const handleKey = (event: KeyboardEvent, choose: (person: PersonRef) => void): boolean => {
    const person = people[activeIndex];
    if (!person) return false;
    const actions: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Enter: () => choose(person),
      Tab: () => choose(person),
      Escape: () => setDismissed(query?.text ?? null),
    };
    const action = actions[event.key];
    if (!action) return false;
    event.preventDefault();
    event.stopPropagation();
    action();
    return true;
  };

  return { people, open: people.length > 0, activeIndex, handleKey, reset: () => setActive(0) };
}
