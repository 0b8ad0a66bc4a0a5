import type { SearchResult } from '@commonroom/contracts';
import { Button, Collapse, Stack, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteSearch } from '../api/search.api';
import type { SearchFilterName } from '../routes/search-params';
import { SearchFacet } from './search-facets';

interface SearchFiltersProps {
  facets: SearchResult['facets'] | undefined;
  search: SiteSearch;
  onChange: (name: SearchFilterName, value: string | undefined) => void;
}

/**
 * The type, community and date facets. On a wide screen a sidebar beside the results; on a phone
 * folded behind one "Filter" button (with how many are chosen), so the results fill the first screen.
 */
export function SearchFilters({ facets, search, onChange }: SearchFiltersProps) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  const chosen = [search.type, search.community, search.date].filter(Boolean).length;
  const panel = facets && (
    <Stack gap="lg">
      <SearchFacet
        label={t('search.facets.type')}
        values={facets.type}
        selected={search.type}
        onChange={(value) => onChange('type', value)}
      />
      <SearchFacet
        label={t('search.facets.community')}
        values={facets.community}
        selected={search.community}
        onChange={(value) => onChange('community', value)}
      />
      <SearchFacet
        label={t('search.facets.date')}
        values={facets.date}
        selected={search.date}
        onChange={(value) => onChange('date', value)}
      />
    </Stack>
  );
  if (wide)
    return (
      <Stack component="section" aria-labelledby="search-facets-heading" gap="lg">
        <Title order={2} size="h4" id="search-facets-heading">
          {t('search.facets.heading')}
        </Title>
        {panel}
      </Stack>
    );
  return (
    <Stack component="section" aria-label={t('search.facets.heading')} gap="sm">
      <Button
        variant="default"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={panelId}
        style={{ alignSelf: 'flex-start' }}
      >
        {chosen > 0 ? t('search.facets.toggleChosen', { count: chosen }) : t('search.facets.toggle')}
      </Button>
      <Collapse expanded={opened} id={panelId}>
        {panel}
      </Collapse>
    </Stack>
  );
}
