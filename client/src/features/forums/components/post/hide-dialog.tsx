import { MAX_HIDE_REASON_LENGTH, type Post } from '@commonroom/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../../shared/forms/busy-button';
import { useModeratePost } from '../../api/forums.queries';
import { ForumError } from '../forum-error';

interface HideDialogProps {
  post: Post;
  communitySlug: string;
  opened: boolean;
  onClose: () => void;
  onHidden: () => void;
}

/** Hiding asks why: the author sees the reason under their hidden post, and the audit log keeps it. */
export function HideDialog({ post, communitySlug, opened, onClose, onHidden }: HideDialogProps) {
  const { t } = useTranslation();
  const moderate = useModeratePost(communitySlug);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const hide = () => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    moderate.mutate(
      { postId: post.id, request: { action: 'hide', reason: reason.trim() } },
      {
        onSuccess: () => {
          setReason('');
          onHidden();
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('forums.hide.title', { number: post.number, name: post.author.displayName })}
      centered
      closeButtonProps={{ 'aria-label': t('forums.common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('forums.hide.intro')}</Text>
        <Textarea
          label={t('forums.hide.reason')}
          description={t('forums.hide.reasonHint')}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('forums.hide.reasonRequired') : undefined}
          required
          rows={3}
          maxLength={MAX_HIDE_REASON_LENGTH}
          data-autofocus
        />
        <ForumError error={moderate.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('forums.common.cancel')}
          </Button>
          <BusyButton busy={moderate.isPending} busyLabel={t('forums.hide.hiding')} color="red.9" onClick={hide}>
            {t('forums.hide.confirm')}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}
