import { FLAG_REASONS, type FlagPostRequest, type FlagReason } from '@commonroom/contracts';
import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../forms/busy-button';

interface FlagDialogProps {
  opened: boolean;
  /** Names the post and its author, e.g. "Flag post 3 by Priya" or "Report this message from Priya". */
  title: string;
  /** Who will read the report. */
  noteHint: string;
  sendLabel: string;
  busy: boolean;
  /** The refusal to show, if sending failed. */
  error: ReactNode;
  onClose: () => void;
  /** Resolves once the report was accepted, so the form can start again empty. */
  onSend: (request: FlagPostRequest) => Promise<unknown>;
}

/**
 * Why a post should be looked at, shared by forum posts and private messages; "could identify someone" comes first, as
 * it matters most. The caller sends the report and says who reviews it.
 */
export function FlagDialog({ opened, title, noteHint, sendLabel, busy, error, onClose, onSend }: FlagDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);

  const send = () => {
    if (!reason) {
      setMissingReason(true);
      return;
    }
    onSend({ reason, note: note.trim() || undefined }).then(
      () => {
        setReason(null);
        setNote('');
      },
      // The refusal shows through `error`.
      () => undefined,
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Radio.Group
          label={t('common.flag.reason')}
          value={reason}
          onChange={(value) => {
            setReason(value as FlagReason);
            setMissingReason(false);
          }}
          error={missingReason ? t('common.flag.reasonRequired') : undefined}
          required
        >
          <Stack gap="xs" mt="xs">
            {FLAG_REASONS.map(({ id }) => (
              <Radio key={id} value={id} label={t(`common.flag.reasons.${id}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('common.flag.note')}
          description={noteHint}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          rows={3}
          maxLength={500}
        />
        {error}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <BusyButton busy={busy} busyLabel={t('common.flag.sending')} onClick={send}>
            {sendLabel}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}
