import type { CommunityDetail } from '@commonroom/contracts';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { ThreadActivityList } from '../../../shared/components/thread-activity-list';
import { paths } from '../../../shared/routing/paths';
import { useCommunityActivity, useCommunityNeeds } from '../api/community-activity.queries';

/** The community's latest threads, for those who may read its forum. */
export function CommunityActivity({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const enabled = community.viewer.abilities.read && community.tools.includes('forum');
  const activity = useCommunityActivity(community.slug, community.id, enabled);
  if (!enabled) return null;
  const heading = t('communities.home.activityHeading');
  return (
    <Stack component="section" aria-labelledby="community-activity-heading" gap="sm">
      <Title order={2} size="h3" id="community-activity-heading">
        {heading}
      </Title>
      {activity.isPending && <LoadingState />}
      {activity.isError && <ErrorState error={activity.error} onRetry={() => void activity.refetch()} />}
      {activity.data?.items.length === 0 && <Text>{t('communities.home.activityEmpty')}</Text>}
      {activity.data && activity.data.items.length > 0 && (
        <ThreadActivityList threads={activity.data.items} showCommunity={false} label={heading} />
      )}
      <Anchor component={Link} to={paths.forum(community.slug)} fw={600}>
        {t('communities.home.activityMore')}
      </Anchor>
    </Stack>
  );
}

/** For facilitators: join requests to decide and flagged posts to review, each linking to where it is handled. */
export function NeedsYouPanel({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const enabled = community.viewer.role === 'facilitator';
  const needs = useCommunityNeeds(community.slug, community.id, enabled);
  if (!enabled || needs.isPending || needs.isError) return null;
  const line = needs.data;
  return (
    <Paper component="section" aria-labelledby="needs-you-heading" withBorder p="md" radius="md">
      <Stack gap="xs" lh="24px">
        <Title order={2} size="h4" id="needs-you-heading">
          {t('communities.home.needsHeading')}
        </Title>
        {!line && <Text>{t('communities.home.needsNothing')}</Text>}
        {line && line.joinRequests > 0 && (
          <Anchor component={Link} to={paths.communitySettings(community.slug)}>
            {t('communities.home.joinRequests', { count: line.joinRequests })}
          </Anchor>
        )}
        {line && line.openFlags > 0 && (
          <Anchor component={Link} to={paths.forumModeration(community.slug)}>
            {t('communities.home.flags', { count: line.openFlags })}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
