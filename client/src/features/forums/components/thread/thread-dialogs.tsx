import { tagsSchema, threadTitleSchema, MAX_TITLE_LENGTH, type ThreadDetail } from '@commonroom/contracts';
import { Button, Group, Modal, NativeSelect, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../../shared/forms/busy-button';
import { useForumIndex } from '../../api/forums.queries';
import { useUpdateThread } from '../../api/thread.queries';
import { ForumError } from '../forum-error';

interface ThreadDialogProps {
  thread: ThreadDetail;
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** The thread's title and tags, for its author and moderators. */
export function EditThreadDialog({ thread, opened, onClose, onDone }: ThreadDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateThread(thread.id);
  const [title, setTitle] = useState(thread.title);
  const [tags, setTags] = useState(thread.tags);
  const [errors, setErrors] = useState<{ title?: string | undefined; tags?: string | undefined }>({});

  const save = () => {
    const checkedTitle = threadTitleSchema.safeParse(title);
    const checkedTags = tagsSchema.safeParse(tags);
    setErrors({ title: checkedTitle.error?.issues[0]?.message, tags: checkedTags.error?.issues[0]?.message });
    if (!checkedTitle.success || !checkedTags.success) return;
    update.mutate(
      { title: checkedTitle.data, tags: checkedTags.data },
      { onSuccess: () => onDone(t('forums.threadMenu.saved')) },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('forums.threadMenu.editTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('forums.common.close') }}
    >
      <Stack gap="md">
        <TextInput
          label={t('forums.newThread.title')}
          required
          maxLength={MAX_TITLE_LENGTH}
          value={title}
          error={errors.title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          data-autofocus
        />
        <TagsInput
          label={t('forums.newThread.tags')}
          description={t('forums.newThread.tagsHint', { count: 5 })}
          value={tags}
          onChange={setTags}
          maxTags={5}
          splitChars={[',']}
          error={errors.tags}
          clearable={false}
        />
        <ForumError error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('forums.common.cancel')}
          </Button>
          <BusyButton busy={update.isPending} busyLabel={t('forums.common.saving')} onClick={save}>
            {t('forums.threadMenu.save')}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Moves the thread to another category of the same forum. */
export function MoveThreadDialog({ thread, opened, onClose, onDone }: ThreadDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateThread(thread.id);
  const index = useForumIndex(thread.community.slug);
  const [categoryId, setCategoryId] = useState(thread.category.id);
  const options = (index.data?.categories ?? []).map((category) => ({ value: category.id, label: category.name }));
  const target = options.find((option) => option.value === categoryId);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('forums.threadMenu.moveTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('forums.common.close') }}
    >
      <Stack gap="md">
        <NativeSelect
          label={t('forums.threadMenu.moveTo')}
          data={options}
          value={categoryId}
          onChange={(event) => setCategoryId(event.currentTarget.value)}
          disabled={!index.data}
          data-autofocus
        />
        <ForumError error={update.error ?? index.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('forums.common.cancel')}
          </Button>
          <BusyButton
            busy={update.isPending}
            busyLabel={t('forums.common.saving')}
            onClick={() => {
              if (categoryId === thread.category.id) return onClose();
              update.mutate(
                { categoryId },
                { onSuccess: () => onDone(t('forums.threadMenu.moved', { name: target?.label })) },
              );
            }}
          >
            {t('forums.threadMenu.move')}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}
