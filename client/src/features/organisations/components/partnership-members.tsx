import type { PartnershipDetail, PartnershipMember } from '@commonroom/contracts';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LiveMessage } from '../../../shared/components/live-message';
import { useTermLabel } from '../../../shared/i18n/taxonomy';
import { paths } from '../../../shared/routing/paths';
import { useRemovePartnershipMember } from '../api/partnerships.queries';
import { AddMemberForm } from './add-member-form';
import { ConfirmDialog, useConfirmTarget } from '../../../shared/components/confirm-dialog';
import { Section } from '../../../shared/components/section';

/** The member organisations; the lead's administrators can add and remove them. */
export function PartnershipMembers({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const canManage = partnership.viewer.canManage;
  const remove = useRemovePartnershipMember(partnership.slug);
  const confirm = useConfirmTarget<PartnershipMember>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');
  const names = { organisation: confirm.target?.organisation.name ?? '', partnership: partnership.name };

  const confirmRemove = () => {
    if (!confirm.target || remove.isPending) return;
    remove.mutate(confirm.target.organisation.id, {
      onSuccess: () => {
        setMessage(t('partnerships.members.removed', names));
        confirm.close();
        headingRef.current?.focus();
      },
    });
  };

  return (
    <Section heading={t('partnerships.members.heading')} headingRef={headingRef}>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {partnership.members.map((member) => (
          <MemberItem
            key={member.organisation.id}
            member={member}
            onRemove={
              canManage && !member.lead
                ? () => {
                    remove.reset();
                    confirm.open(member);
                  }
                : undefined
            }
          />
        ))}
      </Stack>
      {canManage && (
        <AddMemberForm
          slug={partnership.slug}
          memberIds={partnership.members.map((member) => member.organisation.id)}
          onAdded={(name) => setMessage(t('partnerships.members.added', { organisation: name }))}
        />
      )}
      <LiveMessage>{message}</LiveMessage>
      <ConfirmDialog
        opened={confirm.opened}
        title={t('partnerships.members.removeTitle', names)}
        confirmLabel={t('partnerships.members.remove')}
        busyLabel={t('partnerships.members.removing')}
        busy={remove.isPending}
        error={remove.error}
        returnFocus={!remove.isSuccess}
        onConfirm={confirmRemove}
        onCancel={confirm.close}
      >
        {t('partnerships.members.removeBody', names)}
      </ConfirmDialog>
    </Section>
  );
}

function MemberItem({ member, onRemove }: { member: PartnershipMember; onRemove: (() => void) | undefined }) {
  const { t } = useTranslation();
  const termLabel = useTermLabel();
  const { organisation } = member;
  return (
    <Group component="li" justify="space-between" wrap="wrap" gap="sm">
      <Group gap="xs">
        <Anchor component={Link} to={paths.organisation(organisation.slug)} fw={600}>
          {organisation.name}
        </Anchor>
        <Text size="sm" c="dimmed">
          {termLabel('organisationKind', organisation.kind)}
        </Text>
        {member.lead && (
          <Badge variant="light" radius="sm" tt="none">
            {t('partnerships.members.lead')}
          </Badge>
        )}
      </Group>
      {onRemove && (
        <Button
          size="sm"
          variant="default"
          aria-label={t('partnerships.members.removeLabel', { organisation: organisation.name })}
          onClick={onRemove}
        >
          {t('partnerships.members.remove')}
        </Button>
      )}
    </Group>
  );
}
