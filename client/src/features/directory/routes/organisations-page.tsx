import { Anchor, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/empty-state';
import { PagedResults } from '../../../shared/components/paged-results';
import { usePageTitle } from '../../../shared/components/page-title';
import { ResultCount } from '../../../shared/components/result-count';
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

      <DirectoryFiltersPanel
        filters={filters}
        onChange={setFilter}
        onClear={filtered ? clearFilters : undefined}
      />

      <Stack component="section" aria-labelledby="results-heading" gap="sm">
        <VisuallyHidden>
          <Title order={2} id="results-heading">
            {t('directory.results.heading')}
          </Title>
        </VisuallyHidden>
        <ResultCount
          isSearching={search.isFetching}
          searchingLabel={t('directory.results.searching')}
          countLabel={search.data && !search.isError ? t('directory.results.count', { count: search.data.total }) : undefined}
        />
        <PagedResults
          search={search}
          page={filters.page}
          pageHref={pageHref}
          empty={
            <EmptyState title={t('directory.results.emptyTitle')} action={clearLink}>
              {t('directory.results.emptyBody')}
            </EmptyState>
          }
        >
          {(items) => <OrganisationList organisations={items} />}
        </PagedResults>
      </Stack>
    </Stack>
  );
}
