import type { CommunityInvitation } from '@commonroom/contracts';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../shared/components/error-state';
import { LiveMessage } from '../../../../shared/components/live-message';
import { LoadingState } from '../../../../shared/components/loading-state';
import { BusyButton } from '../../../../shared/forms/busy-button';
import { FormError } from '../../../../shared/forms/form-error';
import { useFormatDateTime } from '../../../../shared/i18n/format-date';
import { Section } from '../../../../shared/components/section';
import { useInvitations, useRevokeInvitation } from '../../api/community-admin.queries';
import { useCommunityTerms } from '../../community-terms';
import { InviteForm } from './invite-form';

/** Invite people, and see (and withdraw) the invitations not yet answered. */
export function InvitationsSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const invitations = useInvitations(slug);
  const revoke = useRevokeInvitation(slug);
  const [revokedEmail, setRevokedEmail] = useState<string | null>(null);
  const pendingHeadingRef = useRef<HTMLHeadingElement>(null);
  const pending = invitations.data?.items.filter((invitation) => invitation.status === 'pending') ?? [];

  const onRevoke = (invitation: CommunityInvitation) =>
    revoke.mutate(invitation.id, {
      onSuccess: () => {
        setRevokedEmail(invitation.email);
        pendingHeadingRef.current?.focus();
      },
    });

  return (
    <Section heading={t('communities.settings.invite.heading')}>
      <InviteForm slug={slug} />
      <Title order={3} size="h4" ref={pendingHeadingRef} tabIndex={-1}>
        {t('communities.settings.invite.pendingHeading')}
      </Title>
      {invitations.isPending && <LoadingState />}
      {invitations.isError && <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {invitations.isSuccess && pending.length === 0 && <Text>{t('communities.settings.invite.noPending')}</Text>}
      {pending.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {pending.map((invitation) => (
            <PendingInvitation
              key={invitation.id}
              invitation={invitation}
              revoking={revoke.isPending && revoke.variables === invitation.id}
              onRevoke={() => onRevoke(invitation)}
            />
          ))}
        </Stack>
      )}
      <FormError error={revoke.error} />
      <LiveMessage>
        {revoke.isSuccess && revokedEmail && t('communities.settings.invite.revoked', { email: revokedEmail })}
      </LiveMessage>
    </Section>
  );
}

interface PendingInvitationProps {
  invitation: CommunityInvitation;
  revoking: boolean;
  onRevoke: () => void;
}

function PendingInvitation({ invitation, revoking, onRevoke }: PendingInvitationProps) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  const formatDateTime = useFormatDateTime();
  return (
    <Group component="li" justify="space-between" wrap="wrap" gap="sm">
      <Stack gap={2}>
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {invitation.email}
        </Text>
        <Text size="sm" c="dimmed">
          {t('communities.settings.invite.details', {
            role: terms.role(invitation.role),
            name: invitation.invitedBy,
            expires: formatDateTime(invitation.expiresAt),
          })}
        </Text>
      </Stack>
      <BusyButton
        size="sm"
        variant="default"
        busy={revoking}
        aria-label={t('communities.settings.invite.revokeLabel', { email: invitation.email })}
        onClick={onRevoke}
      >
        {t('communities.settings.invite.revoke')}
      </BusyButton>
    </Group>
  );
}
