import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../forms/busy-button';
import { ServerMessage } from '../forms/server-message';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, and what will not: a sentence or two (a string becomes a paragraph). */
  children: ReactNode;
  confirmLabel: string;
  /** Said on the confirm button while the action is on its way, e.g. "Removing…". */
  busyLabel?: string;
  busy: boolean;
  /** Shown in the dialog, so a refusal is read where the person is looking. */
  error?: unknown;
  /** Refusals whose server sentence is shown as written (see ServerMessage); 409 by default. */
  errorStatuses?: readonly number[];
  onConfirm: () => void;
  onCancel: () => void;
  /**
   * False once the action has succeeded: the button that opened the dialog has usually gone
   * with its row, so the caller moves focus somewhere that still exists.
   */
  returnFocus?: boolean;
}

/** "Are you sure?" before something that cannot simply be undone. Cancel has focus first, the safe choice. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onCancel}
      title={props.title}
      centered
      returnFocus={props.returnFocus ?? true}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        {typeof props.children === 'string' ? <Text>{props.children}</Text> : props.children}
        <ServerMessage error={props.error} statuses={props.errorStatuses} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel} data-autofocus>
            {t('common.cancel')}
          </Button>
          <BusyButton color="red.9" busy={props.busy} busyLabel={props.busyLabel} onClick={props.onConfirm}>
            {props.confirmLabel}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * What a confirm dialog is about, kept while it closes so its text does not vanish mid-way.
 * `open` shows the dialog for a target; `close` hides it.
 */
export function useConfirmTarget<T>() {
  const [target, setTarget] = useState<T | null>(null);
  const [opened, setOpened] = useState(false);
  const open = useCallback((next: T) => {
    setTarget(next);
    setOpened(true);
  }, []);
  const close = useCallback(() => setOpened(false), []);
  return { target, opened, open, close };
}
