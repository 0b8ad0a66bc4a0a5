import { MAX_HIDE_REASON_LENGTH } from '@commonroom/contracts';
import { Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';

interface HideReasonDialogProps {
  opened: boolean;
  /** Names what is hidden, e.g. "Hide post 3 by Priya". */
  title: string;
  /** Who sees that it was hidden, and who sees the reason. */
  explanation: string;
  /** An example of a good reason. */
  hint: string;
  confirmLabel: string;
  busy: boolean;
  /** The refusal, if hiding failed; shown with the server's sentence for these statuses. */
  error: unknown;
  errorStatuses: readonly number[];
  onClose: () => void;
  /** False when the control that opened it goes away with the hidden item (see ConfirmDialog). */
  returnFocus?: boolean;
  /** Sends the hide with the trimmed reason (never empty). */
  onHide: (reason: string) => void;
}

/**
 * Hiding asks why, for forum posts and private messages alike: the author sees the reason under
 * the hidden post and the audit log keeps it (the server refuses a hide without one).
 */
export function HideReasonDialog({ opened, title, explanation, hint, onHide, ...dialog }: HideReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const hide = () => {
    if (!reason.trim()) return setMissing(true);
    onHide(reason.trim());
  };
  return (
    <ConfirmDialog
      opened={opened}
      title={title}
      confirmLabel={dialog.confirmLabel}
      busyLabel={t('common.hide.hiding')}
      busy={dialog.busy}
      error={dialog.error}
      errorStatuses={dialog.errorStatuses}
      onConfirm={hide}
      onCancel={dialog.onClose}
      returnFocus={dialog.returnFocus}
    >
      <Stack gap="md">
        <Text size="sm">{explanation}</Text>
        <Textarea
          label={t('common.hide.reason')}
          description={hint}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('common.hide.reasonRequired') : undefined}
          required
          rows={3}
          maxLength={MAX_HIDE_REASON_LENGTH}
          data-autofocus
        />
      </Stack>
    </ConfirmDialog>
  );
}
