import { Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/empty-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { ResultList, ResultsSection } from '../../../shared/components/results-section';
import { NameSearchField } from '../../../shared/forms/name-search-field';
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
                  <SearchFacet
                    label={t('search.facets.type')}
                    values={data.facets.type}
                    selected={search.type}
                    onChange={(value) => setFilter('type', value)}
                  />
                  <SearchFacet
                    label={t('search.facets.community')}
                    values={data.facets.community}
                    selected={search.community}
                    onChange={(value) => setFilter('community', value)}
                  />
                  <SearchFacet
                    label={t('search.facets.date')}
                    values={data.facets.date}
                    selected={search.date}
                    onChange={(value) => setFilter('date', value)}
                  />
                </>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <ResultsSection
              headingId="search-results-heading"
              heading={t('search.results.results')}
              query={results}
              searchingLabel={t('search.results.searching')}
              countLabel={(data) =>
                t(data.totalIsLowerBound ? 'search.results.countAtLeast' : 'search.results.count', {
                  count: data.total,
                })
              }
              note={data?.correctedQuery && <Text>{t('people.finder.corrected', { query: data.correctedQuery })}</Text>}
              page={search.page}
              pageHref={pageHref}
              maxPages={50}
              empty={<EmptyState title={t('search.results.empty')}>{t('search.results.emptyHint')}</EmptyState>}
            >
              {(hits) => (
                <ResultList label={t('search.results.results')}>
                  {hits.map((hit, index) => (
                    <li key={`${hit.type}-${index}`}>
                      <SearchHit hit={hit} />
                    </li>
                  ))}
                </ResultList>
              )}
            </ResultsSection>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
