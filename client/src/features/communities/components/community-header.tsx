import type { CommunityDetail } from '@commonroom/contracts';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { CommunityBadges } from './community-badges';
import { MembershipActions } from './membership-actions';

/** Name, what kind of community it is, where it sits, and what the viewer can do here. */
export function CommunityHeader({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <Stack gap="sm">
      {community.parent && (
        <Text size="sm">
          {t('communities.header.partOf')}{' '}
          <Anchor component={Link} to={paths.community(community.parent.slug)}>
            {community.parent.name}
          </Anchor>
        </Text>
      )}
      <Title order={1} ref={headingRef} tabIndex={-1}>
        {community.name}
      </Title>
      <CommunityBadges community={community} />
      <Text size="sm" c="dimmed">
        {t('communities.card.members', { count: community.memberCount })}
      </Text>
      {community.description && <Text maw={720}>{community.description}</Text>}
      {community.partnership && (
        <Text>
          {t('communities.header.partnership')}{' '}
          <Anchor component={Link} to={paths.partnership(community.partnership.slug)}>
            {community.partnership.name}
          </Anchor>
        </Text>
      )}
      <MembershipActions community={community} onChanged={() => headingRef.current?.focus()} />
    </Stack>
  );
}
