import { Anchor, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTermOptions, type TaxonomyName } from '../../../shared/i18n/taxonomy';
import type { DirectoryFilters, FilterName } from '../routes/directory-search-params';
import { NameSearchField } from '../../../shared/forms/name-search-field';

interface DirectoryFiltersProps {
  filters: DirectoryFilters;
  onChange: (name: FilterName, value: string | undefined, options?: { replace?: boolean }) => void;
  onClear?: () => void;
}

/** The three taxonomy filters, in the order they appear. */
const SELECTS = [
  {
    filter: 'kind',
    taxonomy: 'organisationKind',
    label: 'directory.filters.kind',
    anyLabel: 'directory.filters.anyKind',
  },
  { filter: 'region', taxonomy: 'region', label: 'directory.filters.region', anyLabel: 'directory.filters.anyRegion' },
  { filter: 'phase', taxonomy: 'phase', label: 'directory.filters.phase', anyLabel: 'directory.filters.anyPhase' },
] as const satisfies readonly { filter: FilterName; taxonomy: TaxonomyName; label: string; anyLabel: string }[];

/**
 * Native selects on purpose: on phones they open the platform's own picker, and every screen
 * reader knows them.
 */
export function DirectoryFiltersPanel({ filters, onChange, onClear }: DirectoryFiltersProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="search" aria-label={t('directory.filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {SELECTS.map((select) => (
          <TaxonomySelect
            key={select.filter}
            taxonomy={select.taxonomy}
            label={t(select.label)}
            anyLabel={t(select.anyLabel)}
            value={filters[select.filter]}
            onChange={(value) => onChange(select.filter, value)}
          />
        ))}
      </SimpleGrid>
      {/* Typing replaces the history entry: Back should undo a search, not each keystroke. */}
      <NameSearchField value={filters.q ?? ''} onSearch={(q) => onChange('q', q, { replace: true })} />
      {onClear && (
        <Group>
          <Anchor component="button" type="button" onClick={onClear}>
            {t('directory.filters.clear')}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}

interface TaxonomySelectProps {
  taxonomy: TaxonomyName;
  label: string;
  anyLabel: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

function TaxonomySelect({ taxonomy, label, anyLabel, value, onChange }: TaxonomySelectProps) {
  const options = useTermOptions(taxonomy);
  return (
    <NativeSelect
      label={label}
      value={value ?? ''}
      data={[{ value: '', label: anyLabel }, ...options]}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
    />
  );
}
