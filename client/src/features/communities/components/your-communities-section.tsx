import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { paths } from '../../../shared/routing/paths';
import { useCurrentUser } from '../../auth';
import { useCommunitySearch } from '../api/communities.queries';
import { GroupedCommunityList } from './grouped-community-list';
import { communitiesHref } from '../routes/community-search-params';

/** "Your communities", for someone signed in: every community they belong to, by lead provider, one click away. */
export function YourCommunitiesSection() {
  const user = useCurrentUser();
  // Only asked for once someone is signed in: a visitor has no communities of their own.
  return user ? <YourCommunities /> : null;
}

function YourCommunities() {
  const { t } = useTranslation();
  const communities = useCommunitySearch({ mine: true });
  const data = communities.data;

  return (
    <Stack component="section" aria-labelledby="your-communities-heading" gap="md">
      <Title order={2} id="your-communities-heading">
        {t('home.communities.heading')}
      </Title>
      {communities.isPending && <LoadingState />}
      {communities.isError && <ErrorState error={communities.error} onRetry={() => void communities.refetch()} />}
      {data && data.items.length === 0 && (
        <EmptyState
          title={t('home.communities.emptyTitle')}
          action={
            <Anchor component={Link} to={paths.communities} fw={600}>
              {t('home.communities.browse')}
            </Anchor>
          }
        >
          {t('home.communities.emptyBody')}
        </EmptyState>
      )}
      {data && data.items.length > 0 && (
        <>
          <GroupedCommunityList communities={data.items} />
          <Anchor
            component={Link}
            to={data.total > data.items.length ? communitiesHref({ mine: true }) : paths.communities}
            fw={600}
          >
            {t(data.total > data.items.length ? 'home.communities.seeAll' : 'home.communities.browse', {
              count: data.total,
            })}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
