import type { CommunitySummary } from '@commonroom/contracts';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { CommunityBadges } from './community-badges';

/**
 * Cards rather than a table: they read well on a phone and in a screen reader's list mode. Each
 * name is an h3, under the h2 of the page or section the list is in (h4 inside a group's h3).
 */
export function CommunityList({
  communities,
  titleOrder = 3,
}: {
  communities: CommunitySummary[];
  titleOrder?: 3 | 4;
}) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {communities.map((community) => (
        <CommunityCard key={community.id} community={community} titleOrder={titleOrder} />
      ))}
    </Stack>
  );
}

function CommunityCard({ community, titleOrder }: { community: CommunitySummary; titleOrder: 3 | 4 }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={titleOrder} size="h4">
          <Anchor component={Link} to={paths.community(community.slug)}>
            {community.name}
          </Anchor>
        </Title>
        <CommunityBadges community={community} />
        {community.description && <Text>{community.description}</Text>}
        <Text size="sm" c="dimmed">
          {t('communities.card.members', { count: community.memberCount })}
          {community.parent && ` · ${t('communities.card.partOf', { name: community.parent.name })}`}
          {community.partnership?.leadProvider &&
            ` · ${t('communities.card.ledBy', { name: community.partnership.leadProvider.name })}`}
        </Text>
      </Stack>
    </Paper>
  );
}
