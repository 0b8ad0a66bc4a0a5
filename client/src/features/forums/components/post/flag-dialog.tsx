import { FLAG_REASONS, type FlagReason, type Post } from '@commonroom/contracts';
import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../../shared/forms/busy-button';
import { useFlagPost } from '../../api/thread.queries';
import { ForumError } from '../forum-error';

interface FlagDialogProps {
  post: Post;
  opened: boolean;
  onClose: () => void;
  onFlagged: () => void;
}

/** Why a post should be looked at; "could identify someone" comes first, as it matters most. */
export function FlagDialog({ post, opened, onClose, onFlagged }: FlagDialogProps) {
  const { t } = useTranslation();
  const flag = useFlagPost();
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);

  const send = () => {
    if (!reason) {
      setMissingReason(true);
      return;
    }
    flag.mutate(
      { post, request: { reason, note: note.trim() || undefined } },
      {
        onSuccess: () => {
          setReason(null);
          setNote('');
          onFlagged();
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('forums.flag.title', { number: post.number, name: post.author.displayName })}
      centered
      closeButtonProps={{ 'aria-label': t('forums.common.close') }}
    >
      <Stack gap="md">
        <Radio.Group
          label={t('forums.flag.reason')}
          value={reason}
          onChange={(value) => {
            setReason(value as FlagReason);
            setMissingReason(false);
          }}
          error={missingReason ? t('forums.flag.reasonRequired') : undefined}
          required
        >
          <Stack gap="xs" mt="xs">
            {FLAG_REASONS.map(({ id }) => (
              <Radio key={id} value={id} label={t(`forums.flag.reasons.${id}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('forums.flag.note')}
          description={t('forums.flag.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          rows={3}
          maxLength={500}
        />
        <ForumError error={flag.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('forums.common.cancel')}
          </Button>
          <BusyButton busy={flag.isPending} busyLabel={t('forums.flag.sending')} onClick={send}>
            {t('forums.flag.send')}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}
