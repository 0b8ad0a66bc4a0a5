import type { CommunityDetail } from '@commonroom/contracts';
import { Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CommunityBadges } from './community-badges';
import { CommunityWayfinding } from './community-wayfinding';
import { MembershipActions } from './membership-actions';

interface CommunityHeaderProps {
  community: CommunityDetail;
  /**
   * Inside a tool (a forum, a thread, the members list) the header is only where you are: the
   * breadcrumb, the provider and the name. The rest is on the community's home, so a phone's first
   * screen shows the thread rather than the community's description and badges. A visitor who is
   * not a member still sees how to join.
   */
  compact?: boolean;
}

/** Where it sits and for whom, its name, what kind of community it is, and what the viewer can do here. */
export function CommunityHeader({ community, compact = false }: CommunityHeaderProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const actions = <MembershipActions community={community} onChanged={() => headingRef.current?.focus()} />;
  if (compact) {
    return (
      <Stack gap="xs">
        <CommunityWayfinding community={community} />
        <Title order={1} size="h3" ref={headingRef} tabIndex={-1}>
          {community.name}
        </Title>
        {community.viewer.role === null && actions}
      </Stack>
    );
  }
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
      {actions}
    </Stack>
  );
}
