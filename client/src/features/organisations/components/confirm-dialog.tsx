import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../shared/forms/busy-button';
import { FormError } from '../../../shared/forms/form-error';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, and what will not: a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  /**
   * False once the action has succeeded: the button that opened the dialog has usually gone
   * with its row, so the caller moves focus somewhere that still exists.
   */
  returnFocus: boolean;
}

/** Asks before something that cannot be undone here. Cancel has focus first, the safe choice. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={props.title} centered returnFocus={props.returnFocus}>
      <Stack gap="md">
        {typeof props.children === 'string' ? <Text>{props.children}</Text> : props.children}
        <FormError error={props.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel} data-autofocus>
            {t('organisation.common.cancel')}
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
