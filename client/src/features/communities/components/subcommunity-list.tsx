import type { CommunityDetail } from '@commonroom/contracts';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { CommunityList } from './community-list';

/** Smaller groups inside this community; nothing at all when there are none and none can be made. */
export function SubcommunityList({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const canCreate = community.viewer.abilities.createSubcommunity;
  if (community.subcommunities.length === 0 && !canCreate) return null;
  return (
    <Stack component="section" aria-labelledby="subcommunities-heading" gap="sm">
      <Title order={2} size="h3" id="subcommunities-heading">
        {t('communities.home.subcommunities')}
      </Title>
      {community.subcommunities.length > 0 ? (
        <CommunityList communities={community.subcommunities} />
      ) : (
        <Text>{t('communities.home.noSubcommunities')}</Text>
      )}
      {canCreate && (
        <Group>
          <Button
            component={Link}
            to={`${paths.communityNew}?${new URLSearchParams({ parent: community.slug }).toString()}`}
            variant="default"
          >
            {t('communities.home.createSubcommunity')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
