import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * While `active`, asks before the person leaves: a dialog for links inside Commonroom, the
 * browser's own question for closing or reloading the tab.
 */
export function LeaveWithoutSavingDialog({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => active && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);

  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('settings.recoveryCodes.leaveTitle')}
      centered
    >
      <Stack gap="md">
        <Text>{t('settings.recoveryCodes.leaveBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.proceed?.()}>
            {t('settings.recoveryCodes.leave')}
          </Button>
          <Button onClick={() => blocker.reset?.()} data-autofocus>
            {t('settings.recoveryCodes.stay')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
