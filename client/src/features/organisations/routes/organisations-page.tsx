import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/empty-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { ResultsSection } from '../../../shared/components/results-section';
import { useOrganisationSearch } from '../api/directory.queries';
import { DirectoryFiltersPanel } from '../components/directory-filters';
import { OrganisationList } from '../components/organisation-list';
import { hasActiveFilters, useDirectorySearchParams } from './directory-search-params';

/** `/organisations`: the directory of schools, universities, local authorities and providers. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('directory.title'));
  const { filters, setFilter, clearFilters, pageHref } = useDirectorySearchParams();
  const search = useOrganisationSearch(filters);
  const filtered = hasActiveFilters(filters);
  const clearLink = filtered ? (
    <Anchor component="button" type="button" onClick={clearFilters}>
      {t('directory.filters.clear')}
    </Anchor>
  ) : undefined;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('directory.heading')}</Title>
        <Text maw={720}>{t('directory.intro')}</Text>
      </Stack>

      <DirectoryFiltersPanel filters={filters} onChange={setFilter} onClear={filtered ? clearFilters : undefined} />

      <ResultsSection
        headingId="results-heading"
        heading={t('directory.results.heading')}
        headingHidden
        query={search}
        searchingLabel={t('directory.results.searching')}
        countLabel={(data) => t('directory.results.count', { count: data.total })}
        page={filters.page}
        pageHref={pageHref}
        empty={
          <EmptyState title={t('directory.results.emptyTitle')} action={clearLink}>
            {t('directory.results.emptyBody')}
          </EmptyState>
        }
      >
        {(items) => <OrganisationList organisations={items} />}
      </ResultsSection>
    </Stack>
  );
}
