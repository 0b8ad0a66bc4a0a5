import { communityRoleSchema, type CommunityMember, type CommunityRole } from '@commonroom/contracts';
import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommunityTerms } from '../../community-terms';
import { MemberIdentity } from '../member-identity';

interface MemberSettingsRowProps {
  member: CommunityMember;
  onRoleChange: (member: CommunityMember, role: CommunityRole) => void;
  onRemove: (member: CommunityMember) => void;
}

export function MemberSettingsRow({ member, onRoleChange, onRemove }: MemberSettingsRowProps) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  const name = member.user.displayName;
  return (
    <Group component="li" justify="space-between" wrap="wrap" gap="sm">
      <MemberIdentity member={member} />
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label={t('communities.settings.members.role')}
          aria-label={t('communities.settings.members.roleFor', { name })}
          value={member.role}
          data={communityRoleSchema.options.map((role) => ({ value: role, label: terms.role(role) }))}
          onChange={(event) => {
            const role = communityRoleSchema.safeParse(event.currentTarget.value).data;
            if (role && role !== member.role) onRoleChange(member, role);
          }}
          size="sm"
        />
        {/* The server refuses to remove someone who belongs through their organisation: say so instead. */}
        {member.source === 'affiliation' ? (
          <Text size="sm" maw={220}>
            {t('communities.settings.members.leavesWithAffiliation')}
          </Text>
        ) : (
          <Button
            variant="default"
            size="sm"
            aria-label={t('communities.settings.members.removeLabel', { name })}
            onClick={() => onRemove(member)}
          >
            {t('communities.settings.members.remove')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
