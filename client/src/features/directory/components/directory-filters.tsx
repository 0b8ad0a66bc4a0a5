import { Anchor, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTermOptions, type TaxonomyName } from '../../../shared/i18n/taxonomy';
import type { DirectoryFilters, FilterName } from '../routes/directory-search-params';
import { NameSearchField } from './name-search-field';

interface DirectoryFiltersProps {
  filters: DirectoryFilters;
  onChange: (name: FilterName, value: string | undefined, options?: { replace?: boolean }) => void;
  onClear?: () => void;
}

/**
 * Native selects on purpose: on phones they open the platform's own picker, and every screen
 * reader knows them.
 */
export function DirectoryFiltersPanel({ filters, onChange, onClear }: DirectoryFiltersProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="search" aria-label={t('directory.filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TaxonomySelect
          taxonomy="organisationKind"
          label={t('directory.filters.kind')}
          anyLabel={t('directory.filters.anyKind')}
          value={filters.kind}
          onChange={(value) => onChange('kind', value)}
        />
        <TaxonomySelect
          taxonomy="region"
          label={t('directory.filters.region')}
          anyLabel={t('directory.filters.anyRegion')}
          value={filters.region}
          onChange={(value) => onChange('region', value)}
        />
        <TaxonomySelect
          taxonomy="phase"
          label={t('directory.filters.phase')}
          anyLabel={t('directory.filters.anyPhase')}
          value={filters.phase}
          onChange={(value) => onChange('phase', value)}
        />
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
