import type { CommunitySummary } from '@commonroom/contracts';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommunityTerms } from '../community-terms';

/** Type, visibility, "Partnership space" and the viewer's role: the same badges on cards and headers. */
export function CommunityBadges({ community }: { community: CommunitySummary }) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  return (
    <Group gap="xs">
      {/* A partnership space's type would repeat its "Partnership space" label. */}
      {!(community.partnership && community.type === 'partnership') && (
        <Badge variant="light" radius="sm" tt="none">
          {terms.type(community.type)}
        </Badge>
      )}
      <Badge variant="default" radius="sm" tt="none">
        {terms.visibility(community.visibility)}
      </Badge>
      {community.partnership && (
        <Badge variant="outline" radius="sm" tt="none">
          {t('communities.card.partnershipSpace')}
        </Badge>
      )}
      {community.viewerRole && (
        <Badge variant="filled" radius="sm" tt="none">
          {t('communities.card.yourRole', { role: terms.role(community.viewerRole) })}
        </Badge>
      )}
    </Group>
  );
}
