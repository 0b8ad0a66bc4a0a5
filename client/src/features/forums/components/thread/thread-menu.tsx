import type { ThreadDetail } from '@commonroom/contracts';
import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../../shared/routing/paths';
import { ConfirmDialog } from '../../../../shared/components/confirm-dialog';
import { useDeleteThread, useRestoreThread, useUpdateThread } from '../../api/thread.queries';
import { ForumError } from '../forum-error';
import { EditThreadDialog, MoveThreadDialog } from './thread-dialogs';

interface ThreadMenuProps {
  thread: ThreadDetail;
  announce: (message: string) => void;
}

type Dialog = 'edit' | 'move' | 'delete' | null;

/** Title and tags for the author; pin, lock, move, delete and restore for moderators. */
export function ThreadMenu({ thread, announce }: ThreadMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { abilities } = thread.viewer;
  const update = useUpdateThread(thread.id);
  const restore = useRestoreThread(thread.id);
  const remove = useDeleteThread(thread);
  const [dialog, setDialog] = useState<Dialog>(null);
  const finished = (message: string) => {
    setDialog(null);
    announce(message);
  };
  const toggle = (change: { pinned: boolean } | { locked: boolean }, message: string) =>
    update.mutate(change, { onSuccess: () => announce(message) });

  const items = [
    abilities.editThread && { key: 'edit', label: t('forums.threadMenu.edit'), run: () => setDialog('edit') },
    abilities.moderate && {
      key: 'pin',
      label: thread.pinned ? t('forums.threadMenu.unpin') : t('forums.threadMenu.pin'),
      run: () =>
        toggle(
          { pinned: !thread.pinned },
          thread.pinned ? t('forums.threadMenu.unpinned') : t('forums.threadMenu.pinned'),
        ),
    },
    abilities.moderate && {
      key: 'lock',
      label: thread.locked ? t('forums.threadMenu.unlock') : t('forums.threadMenu.lock'),
      run: () =>
        toggle(
          { locked: !thread.locked },
          thread.locked ? t('forums.threadMenu.unlocked') : t('forums.threadMenu.locked'),
        ),
    },
    abilities.moderate && { key: 'move', label: t('forums.threadMenu.move'), run: () => setDialog('move') },
    abilities.moderate &&
      !thread.deleted && { key: 'delete', label: t('forums.threadMenu.delete'), run: () => setDialog('delete') },
    abilities.moderate &&
      thread.deleted && {
        key: 'restore',
        label: t('forums.threadMenu.restore'),
        run: () => restore.mutate(undefined, { onSuccess: () => announce(t('forums.threadMenu.restored')) }),
      },
  ].filter((item) => item !== false);
  if (items.length === 0) return null;

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" size="compact-sm">
            {t('forums.threadMenu.label')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {items.map((item) => (
            <Menu.Item key={item.key} onClick={item.run}>
              {item.label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <ForumError error={update.error ?? restore.error} />
      {dialog === 'edit' && (
        <EditThreadDialog thread={thread} opened onClose={() => setDialog(null)} onDone={finished} />
      )}
      {dialog === 'move' && (
        <MoveThreadDialog thread={thread} opened onClose={() => setDialog(null)} onDone={finished} />
      )}
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t('forums.threadMenu.deleteTitle', { title: thread.title })}
        confirmLabel={t('forums.threadMenu.deleteConfirm')}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => void navigate(paths.forumCategory(thread.community.slug, thread.category.slug)),
          })
        }
        onCancel={() => setDialog(null)}
      >
        {t('forums.threadMenu.deleteBody')}
      </ConfirmDialog>
    </>
  );
}
