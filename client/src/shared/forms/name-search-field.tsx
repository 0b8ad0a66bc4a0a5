import { Button, Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Long enough not to search on every keystroke of a slow typist, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 350;

interface NameSearchFieldProps {
  value: string;
  onSearch: (value: string) => void;
  /** Defaults to the directory's "Name contains"; other finders name their own search. */
  label?: string;
  description?: string;
  maxLength?: number;
}

/**
 * Searches as the user types (debounced) and at once on Enter or "Search", so it works the
 * same for those who expect live results and those who expect a button.
 */
export function NameSearchField({ value, onSearch, label, description, maxLength = 100 }: NameSearchFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  // What the box shows, readable from the effect below without re-running it on every key.
  const draftRef = useRef(draft);
  const changeDraft = (next: string) => {
    draftRef.current = next;
    setDraft(next);
  };
  const debouncedSearch = useDebouncedCallback((next: string) => onSearch(next.trim()), SEARCH_DEBOUNCE_MS);

  // The URL can change under us (Back button, "Clear filters"): show what it now says, and drop
  // a pending search that would undo it. Our own searches only differ by trimmed spaces, which
  // stay as typed so "Oak |" can become "Oak Park".
  useEffect(() => {
    if (draftRef.current.trim() === value) return;
    debouncedSearch.cancel();
    changeDraft(value);
  }, [value, debouncedSearch]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    debouncedSearch.cancel();
    onSearch(draft.trim());
  };

  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          flex={1}
          type="search"
          name="q"
          label={label ?? t('directory.filters.name')}
          description={description ?? t('directory.filters.nameHint')}
          value={draft}
          maxLength={maxLength}
          autoComplete="off"
          onChange={(event) => {
            changeDraft(event.currentTarget.value);
            debouncedSearch(event.currentTarget.value);
          }}
        />
        <Button type="submit" variant="default">
          {t('directory.filters.submit')}
        </Button>
      </Group>
    </form>
  );
}
