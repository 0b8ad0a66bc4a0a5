import { Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { ResultCount } from '../../../shared/components/result-count';
import { ResultsPagination } from '../../../shared/components/results-pagination';
import { NameSearchField } from '../../directory/components/name-search-field';
import { useSiteSearch } from '../api/search.queries';
import { SearchFacet } from '../components/search-facets';
import { SearchHit } from '../components/search-hit';
import { useSiteSearchParams } from './search-params';

/** `/search?q=`: everything the searcher may read, with type, community and date facets. */
export function SearchPage() {
  const { t } = useTranslation();
  const { filters: search, setFilter, pageHref } = useSiteSearchParams();
  usePageTitle(search.q ? t('search.results.titleFor', { q: search.q }) : t('search.results.title'));
  const results = useSiteSearch(search);
  const data = results.data;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('search.results.heading')}</Title>
      <div role="search" aria-label={t('search.results.searchLabel')}>
        <NameSearchField
          value={search.q}
          onSearch={(q) => setFilter('q', q, { replace: true })}
          label={t('search.results.query')}
          description={t('search.results.queryHint')}
          maxLength={200}
        />
      </div>
      {search.q && (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack component="section" aria-labelledby="search-facets-heading" gap="lg">
              <Title order={2} size="h4" id="search-facets-heading">
                {t('search.facets.heading')}
              </Title>
              {data && (
                <>
                  <SearchFacet label={t('search.facets.type')} values={data.facets.type} selected={search.type} onChange={(value) => setFilter('type', value)} />
                  <SearchFacet label={t('search.facets.community')} values={data.facets.community} selected={search.community} onChange={(value) => setFilter('community', value)} />
                  <SearchFacet label={t('search.facets.date')} values={data.facets.date} selected={search.date} onChange={(value) => setFilter('date', value)} />
                </>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack component="section" aria-labelledby="search-results-heading" gap="sm">
              <Title order={2} size="h4" id="search-results-heading">
                {t('search.results.results')}
              </Title>
              <ResultCount
                isSearching={results.isFetching}
                searchingLabel={t('search.results.searching')}
                countLabel={
                  data && !results.isError
                    ? t(data.totalIsLowerBound ? 'search.results.countAtLeast' : 'search.results.count', { count: data.total })
                    : undefined
                }
              />
              {data?.correctedQuery && <Text>{t('people.finder.corrected', { query: data.correctedQuery })}</Text>}
              {results.isError && <ErrorState error={results.error} onRetry={() => void results.refetch()} />}
              {data && !results.isError && (
                <div aria-busy={results.isPlaceholderData}>
                  {data.items.length === 0 ? (
                    <EmptyState title={t('search.results.empty')}>{t('search.results.emptyHint')}</EmptyState>
                  ) : (
                    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('search.results.results')}>
                      {data.items.map((hit, index) => (
                        <li key={`${hit.type}-${index}`}>
                          <SearchHit hit={hit} />
                        </li>
                      ))}
                    </Stack>
                  )}
                  <ResultsPagination page={search.page} pageSize={data.pageSize} total={Math.min(data.total, data.pageSize * 50)} pageHref={pageHref} />
                </div>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
