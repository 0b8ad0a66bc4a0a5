import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { ResultsSection } from '../../../shared/components/results-section';
import { paths } from '../../../shared/routing/paths';
import { useSession } from '../../auth';
import { useCommunitySearch } from '../api/communities.queries';
import { CommunityFiltersPanel } from '../components/community-filters';
import { CommunityList } from '../components/community-list';
import { GroupedCommunityList } from '../components/grouped-community-list';
import { useCommunitySearchParams } from './community-search-params';

/** `/communities`: every community the viewer may see, searchable, with their own first to hand. */
export function CommunitiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('communities.directory.title'));
  const session = useSession();
  const signedIn = Boolean(session.data?.user);
  const { filters, setFilter, clearFilters, pageHref } = useCommunitySearchParams();
  const mine = signedIn && filters.mine ? true : undefined;
  // "Mine" means nothing until we know who is asking: wait for the session rather than search twice.
  const search = useCommunitySearch(
    { q: filters.q, type: filters.type, page: filters.page, mine },
    { enabled: !filters.mine || !session.isPending },
  );
  const filtered = Boolean(filters.q || filters.type || mine);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap="xs" maw={720}>
          <Title order={1}>{t('communities.directory.heading')}</Title>
          <Text>{t('communities.directory.intro')}</Text>
        </Stack>
        {signedIn && (
          <Button component={Link} to={paths.communityNew}>
            {t('communities.directory.create')}
          </Button>
        )}
      </Group>

      <CommunityFiltersPanel filters={filters} onChange={setFilter} signedIn={signedIn} />

      <ResultsSection
        headingId="community-results-heading"
        heading={t('communities.directory.results')}
        headingHidden
        query={search}
        searchingLabel={t('communities.directory.searching')}
        countLabel={(data) => t('communities.directory.count', { count: data.total })}
        page={filters.page}
        pageHref={pageHref}
        empty={
          <EmptyState
            title={t(filtered ? 'communities.directory.emptyFiltered' : 'communities.directory.empty')}
            action={
              filtered && (
                <Anchor component="button" type="button" onClick={clearFilters}>
                  {t('communities.directory.clear')}
                </Anchor>
              )
            }
          />
        }
      >
        {(items) => (mine ? <GroupedCommunityList communities={items} /> : <CommunityList communities={items} />)}
      </ResultsSection>
    </Stack>
  );
}
