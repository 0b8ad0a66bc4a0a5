import { Grid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { ResultList, ResultsSection } from '../../../shared/components/results-section';
import { NameSearchField } from '../../../shared/forms/name-search-field';
import { useSiteSearch } from '../api/search.queries';
import { CorrectionNotice, MorePeople } from '../components/search-notes';
import { SearchFilters } from '../components/search-filters';
import { SearchHit } from '../components/search-hit';
import { searchHref, useSiteSearchParams } from './search-params';

/** `/search?q=`: everything the searcher may read, with type, community and date facets. */
export function SearchPage() {
  const { t } = useTranslation();
  const { filters: search, setFilter, pageHref } = useSiteSearchParams();
  const navigate = useNavigate();
  usePageTitle(search.q ? t('search.results.titleFor', { q: search.q }) : t('search.results.title'));
  const results = useSiteSearch(search);
  const data = results.data;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('search.results.heading')}</Title>
      <div role="search" aria-label={t('search.results.searchLabel')}>
        <NameSearchField
          value={search.q}
          // New words are searched as corrected again, whatever "Search instead for" chose before.
          onSearch={(q) => void navigate(searchHref({ ...search, q, exact: undefined, page: 1 }), { replace: true })}
          label={t('search.results.query')}
          description={t('search.results.queryHint')}
          maxLength={200}
        />
      </div>
      {search.q && (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <SearchFilters facets={data?.facets} search={search} onChange={setFilter} />
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
              note={
                <>
                  {data?.correctedQuery && <CorrectionNotice corrected={data.correctedQuery} search={search} />}
                  {data && <MorePeople result={data} search={search} />}
                </>
              }
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
