import type { Post, ThreadDetail } from '@commonroom/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreatePost } from '../../api/thread.queries';
import { Composer, type ComposerHandle } from '../composer/composer';
import { postAnchor } from '../post/post-item';
import { quotableText, quoteMarkdown, selectedTextIn } from './quote';

export interface ReplyBoxHandle {
  /** Quotes a post (or the part of it the reader selected) and answers it. */
  quote: (post: Post) => void;
  /** Answers a post: quoting the reader's selection inside it if there is one, else just replying to it. */
  reply: (post: Post) => void;
  /** Answers the thread as a whole: the composer, focused (and so scrolled into view). */
  replyToThread: () => void;
}

interface ReplyBoxProps {
  thread: ThreadDetail;
  handleRef: Ref<ReplyBoxHandle>;
  onPosted: (post: Post) => void;
  onTyping: () => void;
}

interface ReplyTarget {
  postId: string;
  /** Unknown when the target came back from a draft and is not on this page. */
  label: string | null;
}

/** The reply composer at the foot of the thread, with the post it answers, if any. */
export function ReplyBox({ thread, handleRef, onPosted, onTyping }: ReplyBoxProps) {
  const { t } = useTranslation();
  const composer = useRef<ComposerHandle>(null);
  const create = useCreatePost(thread.id);
  const [replyTo, setReplyTo] = useState<ReplyTarget | null>(null);

  const answer = (post: Post) =>
    setReplyTo({
      postId: post.id,
      label: t('forums.post.replyToLink', { name: post.author.displayName, number: post.number }),
    });
  useImperativeHandle(handleRef, () => ({
    quote: (post) => {
      const text = quotableText(post, document.getElementById(postAnchor(post.number)), window.getSelection());
      answer(post);
      composer.current?.insertBlock(quoteMarkdown(post, text));
    },
    reply: (post) => {
      const selected = selectedTextIn(document.getElementById(postAnchor(post.number)), window.getSelection());
      answer(post);
      if (selected) composer.current?.insertBlock(quoteMarkdown(post, selected));
      else composer.current?.focus();
    },
    replyToThread: () => {
      setReplyTo(null);
      composer.current?.focus();
    },
  }));

  if (!thread.viewer.abilities.reply) {
    return thread.locked ? <Text c="dimmed">{t('forums.thread.lockedNoReplies')}</Text> : null;
  }
  return (
    <Paper component="section" aria-labelledby="reply-heading" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h4" id="reply-heading">
          {t('forums.reply.heading')}
        </Title>
        {thread.locked && <Text>{t('forums.thread.lockedModerator')}</Text>}
        <Composer
          handleRef={composer}
          communitySlug={thread.community.slug}
          draftKey={`reply:${thread.id}`}
          label={t('forums.reply.label')}
          submitLabel={t('forums.reply.submit')}
          pendingLabel={t('forums.reply.pending')}
          replyToPostId={replyTo?.postId ?? null}
          submitContext={replyTo?.postId ?? ''}
          onDraftRestored={(draft) =>
            setReplyTo(draft.replyToPostId ? { postId: draft.replyToPostId, label: null } : null)
          }
          onDraftDiscarded={() => setReplyTo(null)}
          onTextChange={onTyping}
          onSubmit={async (raw, idempotencyKey) => {
            const post = await create.mutateAsync({ request: { raw, replyToPostId: replyTo?.postId }, idempotencyKey });
            setReplyTo(null);
            onPosted(post);
            return 'sent';
          }}
        >
          {replyTo && (
            <Group gap="sm">
              <Text size="sm">
                {replyTo.label
                  ? t('forums.reply.replyingTo', { target: replyTo.label })
                  : t('forums.reply.replyingToPost')}
              </Text>
              <Button variant="subtle" size="compact-sm" onClick={() => setReplyTo(null)}>
                {t('forums.reply.notReplyingTo')}
              </Button>
            </Group>
          )}
        </Composer>
      </Stack>
    </Paper>
  );
}
