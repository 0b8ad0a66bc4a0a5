import { COMMUNITY_TYPES } from '@commonroom/contracts';
import { Group, NativeSelect, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NameSearchField } from '../../../shared/forms/name-search-field';
import { useCommunityTerms } from '../community-terms';
import type { CommunityFilterName, CommunityFilters } from '../routes/community-search-params';

interface CommunityFiltersPanelProps {
  filters: CommunityFilters;
  onChange: (name: CommunityFilterName, value: string | undefined, options?: { replace?: boolean }) => void;
  /** "All / Mine" only means something to someone signed in. */
  signedIn: boolean;
}

export function CommunityFiltersPanel({ filters, onChange, signedIn }: CommunityFiltersPanelProps) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  const typeOptions = COMMUNITY_TYPES.map(({ id }) => ({ value: id, label: terms.type(id) }));

  return (
    <Stack gap="sm" role="search" aria-label={t('communities.directory.filtersLabel')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('communities.directory.type')}
          value={filters.type ?? ''}
          data={[{ value: '', label: t('communities.directory.anyType') }, ...typeOptions]}
          onChange={(event) => onChange('type', event.currentTarget.value || undefined)}
        />
        {signedIn && (
          <Radio.Group
            label={t('communities.directory.show')}
            value={filters.mine ? 'mine' : 'all'}
            onChange={(value) => onChange('mine', value === 'mine' ? 'true' : undefined)}
          >
            <Group gap="lg" mt={8}>
              <Radio value="all" label={t('communities.directory.all')} />
              <Radio value="mine" label={t('communities.directory.mine')} />
            </Group>
          </Radio.Group>
        )}
      </SimpleGrid>
      {/* Typing replaces the history entry: Back should undo a search, not each keystroke. */}
      <NameSearchField value={filters.q ?? ''} onSearch={(q) => onChange('q', q, { replace: true })} />
    </Stack>
  );
}
