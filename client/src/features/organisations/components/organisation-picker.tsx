import type { OrganisationRef, OrganisationSummary } from '@commonroom/contracts';
import { Loader, Select, Stack, Text, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTermLabel } from '../../../shared/i18n/taxonomy';
import { SEARCH_DEBOUNCE_MS } from '../../../shared/forms/name-search-field';
import { useOrganisationOptions } from '../api/organisations.queries';

const MIN_SEARCH_LENGTH = 2;

/** The server has matched the words already; filtering again here would hide its matches. */
const keepServerMatches: OptionsFilter = ({ options }) => options;

interface OrganisationPickerProps {
  label: string;
  description?: string;
  error?: ReactNode;
  required?: boolean;
  value: OrganisationRef | null;
  onChange: (organisation: OrganisationRef | null) => void;
  /** Organisations that cannot be chosen here, e.g. a partnership's members already. */
  excludeIds?: readonly string[];
}

/** Finds an organisation by typing part of its name (`GET /api/organisations?q=`). */
export function OrganisationPicker({ value, onChange, excludeIds = [], ...field }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const termLabel = useTermLabel();
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const wanted = debounced.length >= MIN_SEARCH_LENGTH && debounced !== value?.name;
  const results = useOrganisationOptions(debounced, wanted);

  const found = new Map<string, OrganisationRef & Partial<OrganisationSummary>>();
  for (const organisation of results.data?.items ?? []) {
    if (!excludeIds.includes(organisation.id)) found.set(organisation.id, organisation);
  }
  // The chosen one stays an option, or the box would empty itself when the results change.
  if (value) found.set(value.id, found.get(value.id) ?? value);

  let nothingFound = t('organisation.picker.noMatch');
  if (debounced.length < MIN_SEARCH_LENGTH) nothingFound = t('organisation.picker.typeMore');
  else if (results.isFetching) nothingFound = t('organisation.picker.searching');

  return (
    <Select
      {...field}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (found.get(id) ?? null) : null)}
      data={[...found.values()].map((organisation) => ({ value: organisation.id, label: organisation.name }))}
      filter={keepServerMatches}
      nothingFoundMessage={nothingFound}
      rightSection={results.isFetching ? <Loader size="xs" aria-hidden="true" /> : undefined}
      renderOption={({ option }) => {
        const organisation = found.get(option.value);
        const where = organisation?.localAuthorityName;
        const kind = organisation ? termLabel('organisationKind', organisation.kind) : '';
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            <Text size="xs" c="dimmed">
              {where ? `${kind}, ${where}` : kind}
            </Text>
          </Stack>
        );
      }}
    />
  );
}
