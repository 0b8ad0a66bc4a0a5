import { PEOPLE_FACETS } from '@commonroom/contracts';
import { Anchor, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/empty-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { ResultList, ResultsSection } from '../../../shared/components/results-section';
import { NameSearchField } from '../../../shared/forms/name-search-field';
import { usePeopleSearch } from '../api/people.queries';
import { PeopleFacets } from '../components/facet-panel';
import { FoldingFilters } from '../../../shared/components/folding-filters';
import { PersonCard } from '../components/person-card';
import { usePeopleSearchParams } from './people-search-params';

/** `/people`: find colleagues by name, expertise and where they work, narrowed by facets with counts. */
export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('people.finder.title'));
  const { search, setQuery, toggleFacet, clear, pageHref } = usePeopleSearchParams();
  const results = usePeopleSearch(search);
  const chosenFilters = PEOPLE_FACETS.reduce((sum, facet) => sum + (search.filters[facet]?.length ?? 0), 0);
  const filtered = Boolean(search.q) || chosenFilters > 0;
  const corrected = results.data?.correctedQuery;

  return (
    <Stack gap="lg">
      <Stack gap="xs" maw={720}>
        <Title order={1}>{t('people.finder.heading')}</Title>
        <Text>{t('people.finder.intro')}</Text>
      </Stack>
      <div role="search" aria-label={t('people.finder.searchLabel')}>
        <NameSearchField
          value={search.q ?? ''}
          onSearch={setQuery}
          label={t('people.finder.query')}
          description={t('people.finder.queryHint')}
          maxLength={200}
        />
      </div>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <FoldingFilters heading={t('people.facets.heading')} chosen={chosenFilters}>
            <Stack gap="sm">
              {results.data && (
                <PeopleFacets facets={results.data.facets} filters={search.filters} onToggle={toggleFacet} />
              )}
              {filtered && (
                <Anchor component="button" type="button" ta="left" onClick={clear}>
                  {t('people.finder.clear')}
                </Anchor>
              )}
            </Stack>
          </FoldingFilters>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <ResultsSection
            headingId="people-results-heading"
            heading={t('people.finder.results')}
            query={results}
            searchingLabel={t('people.finder.searching')}
            countLabel={(data) => t('people.finder.count', { count: data.total })}
            note={corrected && <Text>{t('people.finder.corrected', { query: corrected })}</Text>}
            page={search.page}
            pageHref={pageHref}
            empty={
              <EmptyState
                title={t(filtered ? 'people.finder.emptyFiltered' : 'people.finder.empty')}
                action={
                  filtered && (
                    <Anchor component="button" type="button" onClick={clear}>
                      {t('people.finder.clear')}
                    </Anchor>
                  )
                }
              >
                {filtered && t('people.finder.emptyHint')}
              </EmptyState>
            }
          >
            {(people) => (
              <ResultList label={t('people.finder.results')}>
                {people.map((person) => (
                  <li key={person.userId}>
                    <PersonCard person={person} />
                  </li>
                ))}
              </ResultList>
            )}
          </ResultsSection>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
