import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../shared/forms/busy-button';
import { ServerMessage } from '../../../shared/forms/server-message';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  busy: boolean;
  /** Shown in the dialog, so a refusal is read where the person is looking. */
  error?: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Are you sure?" for actions that cannot simply be undone; Cancel has focus first. */
export function ConfirmDialog({ opened, title, body, confirmLabel, busy, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      <Stack gap="md">
        <Text>{body}</Text>
        <ServerMessage error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('communities.common.cancel')}
          </Button>
          <BusyButton color="red.9" busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}
