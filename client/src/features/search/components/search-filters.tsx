import type { SearchResult } from '@commonroom/contracts';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FoldingFilters } from '../../../shared/components/folding-filters';
import type { SiteSearch } from '../api/search.api';
import type { SearchFilterName } from '../routes/search-params';
import { SearchFacet } from './search-facets';

interface SearchFiltersProps {
  facets: SearchResult['facets'] | undefined;
  search: SiteSearch;
  onChange: (name: SearchFilterName, value: string | undefined) => void;
}

/** The type, community and date facets, folded on a phone (`FoldingFilters`). */
export function SearchFilters({ facets, search, onChange }: SearchFiltersProps) {
  const { t } = useTranslation();
  const chosen = [search.type, search.community, search.date].filter(Boolean).length;
  return (
    <FoldingFilters heading={t('search.facets.heading')} chosen={chosen}>
      {facets && (
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
      )}
    </FoldingFilters>
  );
}
