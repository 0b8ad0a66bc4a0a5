import type { SessionSummary } from '@commonroom/contracts';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/error-state';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { BusyButton } from '../../../shared/forms/busy-button';
import { FormError } from '../../../shared/forms/form-error';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { useRevokeOtherSessions, useRevokeSession, useSessions } from '../api/account.queries';
import { Section } from '../../../shared/components/section';

/** Every browser signed in to the account, with a way to sign each of the others out. */
export function SessionsSection() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  // Kept here: once signed out, the device is no longer in the list to name it from.
  const [revokedDevice, setRevokedDevice] = useState<string | null>(null);
  // The button that was pressed goes with its device: keep focus in this section.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => headingRef.current?.focus();
  const items = sessions.data?.items ?? [];
  const hasOthers = items.some((session) => !session.current);

  return (
    <Section heading={t('settings.sessions.heading')} headingRef={headingRef}>
      {sessions.isPending && <LoadingState />}
      {sessions.isError && <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {sessions.isSuccess && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((session) => (
            <SessionItem
              key={session.id}
              session={session}
              revoking={revoke.isPending && revoke.variables === session.id}
              onRevoke={() =>
                revoke.mutate(session.id, {
                  onSuccess: () => {
                    setRevokedDevice(session.device);
                    focusHeading();
                  },
                })
              }
            />
          ))}
        </Stack>
      )}
      {sessions.isSuccess && !hasOthers && <Text c="dimmed">{t('settings.sessions.onlyThisDevice')}</Text>}
      {hasOthers && (
        <Group>
          <BusyButton
            variant="default"
            busy={revokeOthers.isPending}
            busyLabel={t('settings.sessions.revokingOthers')}
            onClick={() => revokeOthers.mutate(undefined, { onSuccess: focusHeading })}
          >
            {t('settings.sessions.revokeOthers')}
          </BusyButton>
        </Group>
      )}
      <FormError error={revoke.error ?? revokeOthers.error} />
      <LiveMessage>
        {revoke.isSuccess && revokedDevice && t('settings.sessions.revoked', { device: revokedDevice })}
        {revokeOthers.isSuccess && t('settings.sessions.revokedOthers')}
      </LiveMessage>
    </Section>
  );
}

interface SessionItemProps {
  session: SessionSummary;
  revoking: boolean;
  onRevoke: () => void;
}

function SessionItem({ session, revoking, onRevoke }: SessionItemProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Group component="li" justify="space-between" wrap="wrap" gap="sm">
      <Stack gap={2}>
        <Group gap="xs">
          <Text fw={700}>{session.device}</Text>
          {session.current && <Badge variant="light">{t('settings.sessions.thisDevice')}</Badge>}
        </Group>
        <Text size="sm" c="dimmed">
          {t('settings.sessions.signedInOn', { date: formatDateTime(session.createdAt) })}{' '}
          {t(`settings.sessions.method.${session.signInMethod}`)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('settings.sessions.lastActive', { date: formatDateTime(session.lastSeenAt) })}
        </Text>
      </Stack>
      {!session.current && (
        <BusyButton
          variant="default"
          size="sm"
          aria-label={t('settings.sessions.revokeLabel', { device: session.device })}
          busy={revoking}
          onClick={onRevoke}
        >
          {t('settings.sessions.revoke')}
        </BusyButton>
      )}
    </Group>
  );
}
