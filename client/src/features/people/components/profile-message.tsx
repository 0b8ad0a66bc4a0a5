import type { ProfileView } from '@commonroom/contracts';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../shared/components/confirm-dialog';
import { LiveMessage } from '../../../shared/components/live-message';
import { paths } from '../../../shared/routing/paths';
import { useBlocks, useSetBlocked } from '../api/people.queries';

/** "Send a private message" and "Block" on someone else's profile, for signed-in viewers. */
export function ProfileMessage({ profile }: { profile: ProfileView }) {
  const { t } = useTranslation();
  const signedInOther = profile.viewer.relation !== 'self' && profile.viewer.relation !== 'public';
  const blocks = useBlocks({ enabled: signedInOther });
  const setBlocked = useSetBlocked(profile.userId);
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  if (!signedInOther) return null;
  const blocked = blocks.data?.items.some((p) => p.id === profile.userId) ?? false;
  const name = profile.displayName;

  return (
    <Stack gap="sm" align="flex-start">
      <Group gap="sm">
        {!blocked && (
          <Button component={Link} to={paths.conversationWith(profile.userId)}>
            {t('people.message.send')}
          </Button>
        )}
        {blocked ? (
          <>
            <Text size="sm">{t('people.message.blocked', { name })}</Text>
            <Button
              variant="default"
              loading={setBlocked.isPending}
              onClick={() =>
                setBlocked.mutate(false, { onSuccess: () => setSaid(t('people.message.unblocked', { name })) })
              }
            >
              {t('people.message.unblock', { name })}
            </Button>
          </>
        ) : (
          <Button variant="default" onClick={() => setConfirming(true)}>
            {t('people.message.block', { name })}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('people.message.blockTitle', { name })}
        confirmLabel={t('people.message.blockConfirm')}
        busy={setBlocked.isPending}
        error={setBlocked.error}
        onConfirm={() =>
          setBlocked.mutate(true, {
            onSuccess: () => {
              setConfirming(false);
              setSaid(t('people.message.blockedNow', { name }));
            },
          })
        }
        onCancel={() => setConfirming(false)}
        returnFocus={false}
      >
        {t('people.message.blockExplain', { name })}
      </ConfirmDialog>
      <LiveMessage>{said}</LiveMessage>
    </Stack>
  );
}
