import { Combobox, Text, TextInput, useCombobox, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSuggestions } from '../api/search.queries';
import { searchHref } from '../routes/search-params';
import { suggestionGroups } from './suggestion-groups';

/** Quick enough to feel instant, slow enough not to ask on every letter of a fast typist. */
export const SUGGEST_DEBOUNCE_MS = 150;
/** One letter matches half the platform; suggestions start at two. */
export const SUGGEST_MIN_LENGTH = 2;

/**
 * The header's search: a combobox (Mantine's, with its ARIA roles and keys) that suggests people,
 * organisations, communities and threads as you type. Arrow keys move through the suggestions,
 * Enter opens the highlighted one — or, with none highlighted, the full results page — and Escape
 * closes the list.
 */
export function GlobalSearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  /**
   * The person wants the list (typing or focused, not dismissed with Escape); it opens once there is something in it.
   */
  const [wanted, setWanted] = useState(false);
  const [debounced] = useDebouncedValue(value.trim(), SUGGEST_DEBOUNCE_MS);
  const q = debounced.length >= SUGGEST_MIN_LENGTH && debounced === value.trim() ? debounced : '';
  const suggestions = useSuggestions(q);
  const groups = q ? suggestionGroups(suggestions.data) : [];
  const count = groups.reduce((sum, group) => sum + group.options.length, 0);
  const combobox = useCombobox({
    opened: wanted && count > 0,
    onOpenedChange: setWanted,
    onDropdownClose: () => combobox.resetSelectedOption(),
  });

  const go = (href: string) => {
    setWanted(false);
    setValue('');
    void navigate(href);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    if (text) go(searchHref({ q: text, page: 1 }));
  };

  return (
    <form role="search" aria-label={t('search.box.region')} onSubmit={submit}>
      <Combobox store={combobox} onOptionSubmit={go} withinPortal>
        {/* role="combobox" with aria-expanded, which Mantine adds only when asked. */}
        <Combobox.Target withExpandedAttribute>
          <TextInput
            type="search"
            aria-label={t('search.box.label')}
            placeholder={t('search.box.placeholder')}
            value={value}
            maxLength={200}
            autoComplete="off"
            w={{ base: 160, md: 240 }}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              // New text, new suggestions: nothing is highlighted until an arrow key is pressed.
              combobox.resetSelectedOption();
              setWanted(true);
            }}
            onFocus={() => setWanted(true)}
            onBlur={() => setWanted(false)}
          />
        </Combobox.Target>
        <Combobox.Dropdown miw={320}>
          <Combobox.Options aria-label={t('search.box.suggestions')}>
            {groups.map((group) => (
              <Combobox.Group key={group.kind} label={t(`search.box.groups.${group.kind}`)}>
                {group.options.map((option) => (
                  <Combobox.Option key={option.href} value={option.href}>
                    <Text size="sm">{option.label}</Text>
                    {option.detail && (
                      <Text size="xs" c="dimmed">
                        {option.detail}
                      </Text>
                    )}
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            ))}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      {/* Tells screen-reader users that suggestions arrived, without moving them. */}
      <VisuallyHidden role="status">{q && suggestions.data ? t('search.box.count', { count }) : ''}</VisuallyHidden>
    </form>
  );
}
