import type { CommunityMember } from '@commonroom/contracts';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommunityTerms } from '../community-terms';

/** A member's name with their role, and whether they belong through their organisation. */
export function MemberIdentity({ member }: { member: CommunityMember }) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  return (
    <Group gap="xs">
      <Text fw={700}>{member.user.displayName}</Text>
      <Badge variant={member.role === 'facilitator' ? 'filled' : 'light'} radius="sm" tt="none" fw={600}>
        {terms.role(member.role)}
      </Badge>
      {member.source === 'affiliation' && (
        <Badge variant="default" radius="sm" tt="none" fw={600}>
          {t('communities.members.throughAffiliation')}
        </Badge>
      )}
    </Group>
  );
}
