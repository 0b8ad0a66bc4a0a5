import type { HomeCommunity } from '@commonroom/contracts';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { ProviderGroups } from '../../../shared/components/provider-groups';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { paths } from '../../../shared/routing/paths';

/**
 * My communities, most recently active first, each with its last post and how many threads have
 * news; partnership spaces grouped under their lead provider.
 */
export function MyCommunities({ communities }: { communities: HomeCommunity[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="my-communities-heading" gap="sm">
      <Title order={2} size="h3" id="my-communities-heading">
        {t('home.communities.heading')}
      </Title>
      {communities.length === 0 ? (
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
      ) : (
        <ProviderGroups communities={communities}>
          {(members, headed) => (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {members.map((community) => (
                <CommunityLine key={community.id} community={community} order={headed ? 4 : 3} />
              ))}
            </Stack>
          )}
        </ProviderGroups>
      )}
      <Anchor component={Link} to={paths.communities} fw={600}>
        {t('home.communities.browse')}
      </Anchor>
    </Stack>
  );
}

function CommunityLine({ community, order }: { community: HomeCommunity; order: 3 | 4 }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const activity = community.lastActivityAt
    ? t('home.mine.lastActivity', { time: formatDateTime(community.lastActivityAt) })
    : t('home.mine.noActivity');
  const parts = [t('home.mine.role', { role: t(`communities.role.${community.role}`) }), activity];
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Title order={order} size="h5">
        <Anchor component={Link} to={paths.community(community.slug)} display="inline-block" lh="24px">
          {community.name}
        </Anchor>
      </Title>
      <Text size="sm" c="dimmed">
        {parts.join(' · ')}
      </Text>
      {community.unreadThreads > 0 && (
        <Text size="sm" fw={600}>
          {t('home.mine.unread', { count: community.unreadThreads })}
        </Text>
      )}
    </Paper>
  );
}
