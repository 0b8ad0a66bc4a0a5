import type { CommunityDetail } from '@commonroom/contracts';
import { Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CommunityBadges } from './community-badges';
import { CommunityWayfinding } from './community-wayfinding';
import { MembershipActions } from './membership-actions';

/** Where it sits and for whom, its name, what kind of community it is, and what the viewer can do here. */
export function CommunityHeader({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <Stack gap="sm">
      <CommunityWayfinding community={community} />
      <Title order={1} ref={headingRef} tabIndex={-1}>
        {community.name}
      </Title>
      <CommunityBadges community={community} />
      <Text size="sm" c="dimmed">
        {t('communities.card.members', { count: community.memberCount })}
      </Text>
      {community.description && <Text maw={720}>{community.description}</Text>}
      <MembershipActions community={community} onChanged={() => headingRef.current?.focus()} />
    </Stack>
  );
}
