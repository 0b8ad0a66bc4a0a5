import type { Post, ThreadDetail } from '@commonroom/contracts';
import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../../shared/components/confirm-dialog';
import { paths } from '../../../../shared/routing/paths';
import { useModeratePost } from '../../api/forums.queries';
import { useAcceptAnswer, useDeletePost, useRestorePost } from '../../api/thread.queries';
import { ForumError } from '../forum-error';
import { FlagDialog } from './flag-dialog';
import { HideDialog } from './hide-dialog';

interface PostActionsProps {
  post: Post;
  thread: ThreadDetail;
  viewerId: string | undefined;
  onQuote: (post: Post) => void;
  onEdit: () => void;
  /** Says what happened, in the thread's one status region. */
  announce: (message: string) => void;
}

/** What the viewer may do with one post, as a menu; nothing is offered that the server would refuse. */
export function PostActions({ post, thread, viewerId, onQuote, onEdit, announce }: PostActionsProps) {
  const { t } = useTranslation();
  const { abilities } = thread.viewer;
  const moderate = useModeratePost(thread.community.slug);
  const restore = useRestorePost();
  const remove = useDeletePost(thread.id);
  const accept = useAcceptAnswer(thread.id);
  const [dialog, setDialog] = useState<'flag' | 'hide' | 'delete' | null>(null);
  const navigate = useNavigate();
  const own = post.author.id === viewerId;
  const visible = post.state === 'visible';
  const accepted = thread.acceptedPostId === post.id;
  const number = post.number;
  const done = (key: 'hidden' | 'restored' | 'deleted' | 'accepted' | 'unaccepted') => () =>
    announce(t(`forums.post.done.${key}`, { number }));

  const items = [
    abilities.reply &&
      visible &&
      post.html !== null && { key: 'quote', label: t('forums.post.quote'), run: () => onQuote(post) },
    (own || abilities.moderate) &&
      visible &&
      (!thread.locked || abilities.moderate) && { key: 'edit', label: t('forums.post.edit'), run: onEdit },
    abilities.acceptAnswer &&
      visible &&
      number > 1 && {
        key: 'accept',
        label: accepted ? t('forums.post.unaccept') : t('forums.post.accept'),
        run: () => accept.mutate(accepted ? null : post.id, { onSuccess: done(accepted ? 'unaccepted' : 'accepted') }),
      },
    viewerId !== undefined &&
      !own && {
        key: 'message',
        label: t('forums.post.message', { name: post.author.displayName }),
        run: () => void navigate(paths.conversationWith(post.author.id)),
      },
    abilities.flag &&
      !own &&
      visible &&
      (post.flaggedByMe
        ? { key: 'flag', label: t('forums.post.flaggedByYou'), run: () => undefined, disabled: true }
        : { key: 'flag', label: t('forums.post.flag'), run: () => setDialog('flag') }),
    abilities.moderate && visible && { key: 'hide', label: t('forums.post.hide'), run: () => setDialog('hide') },
    abilities.moderate &&
      post.state === 'hidden' && {
        key: 'unhide',
        label: t('forums.post.restore'),
        run: () =>
          moderate.mutate({ postId: post.id, request: { action: 'restore' } }, { onSuccess: done('restored') }),
      },
    abilities.moderate &&
      post.state === 'deleted' && {
        key: 'undelete',
        label: t('forums.post.restore'),
        run: () => restore.mutate(post.id, { onSuccess: done('restored') }),
      },
    (own || abilities.moderate) &&
      visible &&
      number > 1 && { key: 'delete', label: t('forums.post.delete'), run: () => setDialog('delete'), danger: true },
  ].filter((item) => item !== false);
  if (items.length === 0) return null;

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-label={t('forums.post.actionsLabel', { number, name: post.author.displayName })}
          >
            {t('forums.post.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {items.map((item) => (
            <Menu.Item
              key={item.key}
              onClick={item.run}
              color={'danger' in item ? 'red.9' : undefined}
              disabled={'disabled' in item}
            >
              {item.label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <ForumError error={moderate.error ?? restore.error ?? accept.error} />
      <FlagDialog
        post={post}
        opened={dialog === 'flag'}
        onClose={() => setDialog(null)}
        onFlagged={() => {
          setDialog(null);
          announce(t('forums.flag.sent'));
        }}
      />
      <HideDialog
        post={post}
        communitySlug={thread.community.slug}
        opened={dialog === 'hide'}
        onClose={() => setDialog(null)}
        onHidden={() => {
          setDialog(null);
          done('hidden')();
        }}
      />
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t('forums.post.deleteTitle', { number })}
        confirmLabel={t('forums.post.deleteConfirm')}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(post.id, {
            onSuccess: () => {
              setDialog(null);
              done('deleted')();
            },
          })
        }
        onCancel={() => setDialog(null)}
      >
        {t('forums.post.deleteBody')}
      </ConfirmDialog>
    </>
  );
}
