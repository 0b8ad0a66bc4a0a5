import type { Post, ThreadDetail } from '@commonroom/contracts';
import { POSTS_PER_PAGE } from '@commonroom/contracts';
import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../../../shared/i18n/format-date';
import { PostBody } from '../post-body';
import { AuthorAvatar } from './author-avatar';
import { PostActions } from './post-actions';
import { PostEditor } from './post-editor';
import { ReactionsBar } from './reactions-bar';
import { RevisionHistoryDialog } from './revision-history-dialog';

interface PostItemProps {
  post: Post;
  thread: ThreadDetail;
  /** The page shown, to link a reply-to reference on it by its anchor alone. */
  page: number;
  viewerId: string | undefined;
  onQuote: (post: Post) => void;
  /** Answers the post, quoting what the reader selected inside it, if anything. */
  onReply: (post: Post) => void;
  announce: (message: string) => void;
}

export const postAnchor = (number: number) => `post-${number}`;

/**
 * One post: who wrote it and when, what it answers, its text (or the placeholder that keeps its
 * place once hidden or deleted), reactions and actions. Focusable, so j and k can move between
 * posts and `#post-N` can land on one.
 */
export function PostItem({ post, thread, page, viewerId, onQuote, onReply, announce }: PostItemProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const headingId = `${postAnchor(post.number)}-heading`;
  const accepted = thread.acceptedPostId === post.id;

  return (
    <Paper
      component="article"
      id={postAnchor(post.number)}
      data-post-number={post.number}
      tabIndex={-1}
      aria-labelledby={headingId}
      withBorder
      p="md"
      radius="md"
      style={accepted ? { borderColor: 'var(--mantine-color-commonroom-7)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap="sm" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
            <AuthorAvatar person={post.author} />
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Title order={3} size="h5" id={headingId}>
                {t('forums.post.heading', { name: post.author.displayName, number: post.number })}
              </Title>
              <Group gap="xs">
                <Text size="sm" c="dimmed" component="time" dateTime={post.createdAt}>
                  {formatDateTime(post.createdAt)}
                </Text>
                {post.editedAt && (
                  <Button
                    variant="subtle"
                    size="compact-xs"
                    onClick={() => setHistoryOpen(true)}
                    aria-label={t('forums.post.editedLabel', { number: post.number })}
                  >
                    {t('forums.post.edited')}
                  </Button>
                )}
                {accepted && (
                  <Badge variant="light" radius="sm" tt="none">
                    {t('forums.post.acceptedAnswer')}
                  </Badge>
                )}
              </Group>
            </Stack>
          </Group>
          {/* The menu button keeps its size however long the name beside it. */}
          <Box style={{ flexShrink: 0 }}>
            <PostActions
              post={post}
              thread={thread}
              viewerId={viewerId}
              onQuote={onQuote}
              onEdit={() => setEditing(true)}
              announce={announce}
            />
          </Box>
        </Group>
        {post.replyTo && (
          <Text size="sm">
            {t('forums.post.inReplyTo')}{' '}
            <Anchor component={Link} to={replyToLink(post.replyTo.number, page)}>
              {t('forums.post.replyToLink', { name: post.replyTo.author.displayName, number: post.replyTo.number })}
            </Anchor>
          </Text>
        )}
        {editing ? (
          <PostEditor post={post} communitySlug={thread.community.slug} onDone={() => setEditing(false)} />
        ) : (
          <PostContent post={post} />
        )}
        {post.flaggedByMe && (
          <Text size="sm" c="dimmed" data-testid="flagged-by-you">
            {t('forums.post.flaggedNotice')}
          </Text>
        )}
        {post.state === 'visible' && (
          <Group justify="space-between" align="center" gap="xs">
            <ReactionsBar post={post} canReact={thread.viewer.abilities.react} />
            {thread.viewer.abilities.reply && post.html !== null && (
              <Button
                variant="light"
                size="compact-md"
                h={32}
                // Keeps the reader's selection inside the post, which the reply quotes.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onReply(post)}
                aria-label={t('forums.post.replyLabel', { number: post.number, name: post.author.displayName })}
              >
                {t('forums.post.reply')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {post.editedAt && (
        <RevisionHistoryDialog post={post} opened={historyOpen} onClose={() => setHistoryOpen(false)} />
      )}
    </Paper>
  );
}

/** On this page, the anchor alone; elsewhere, the page holding that post. */
function replyToLink(number: number, page: number) {
  const onThisPage = Math.ceil(number / POSTS_PER_PAGE) === page;
  return onThisPage ? { hash: postAnchor(number) } : { search: `?near=${number}`, hash: postAnchor(number) };
}

/**
 * The text, or the placeholder of a hidden or deleted post. Moderators still get the text of
 * such a post, shown under a notice so it is never mistaken for a visible one.
 */
function PostContent({ post }: { post: Post }) {
  const { t } = useTranslation();
  if (post.state === 'visible') return post.html !== null ? <PostBody html={post.html} /> : null;
  const placeholder =
    post.state === 'hidden' ? t('forums.post.hiddenPlaceholder') : t('forums.post.deletedPlaceholder');
  const reason = post.hiddenReason && (
    <Text size="sm" data-testid="hidden-reason">
      {t('forums.post.hiddenReason', { reason: post.hiddenReason })}
    </Text>
  );
  if (post.html === null) {
    return (
      <Stack gap={4}>
        <Text c="dimmed" fs="italic">
          {placeholder}
        </Text>
        {reason}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Text c="dimmed" fs="italic">
        {placeholder} {t('forums.post.moderatorCanSee')}
      </Text>
      {reason}
      <Paper bg="gray.0" p="sm" radius="sm">
        <PostBody html={post.html} />
      </Paper>
    </Stack>
  );
}
