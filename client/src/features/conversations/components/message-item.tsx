import type { Post } from '@commonroom/contracts';
import { Group, Paper, Stack, Text, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../../shared/components/person-avatar';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { ReportMessage } from './report-message';

/**
 * One message. `post.html` always comes from the server, which cooked the Markdown and ran it
 * through its allow-list sanitizer: that is why it, and only it, is set as HTML directly.
 */
export function MessageItem({ post, own, report }: { post: Post; own: boolean; report?: { conversationId: string } }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const headingId = `message-${post.number}-heading`;
  return (
    <Paper
      component="article"
      id={`message-${post.number}`}
      aria-labelledby={headingId}
      withBorder
      p="sm"
      radius="md"
      bg={own ? 'var(--mantine-color-commonroom-0)' : undefined}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap">
          <PersonAvatar name={post.author.displayName} size={28} />
          <Text fw={700} size="sm" id={headingId}>
            {own ? t('conversations.you') : post.author.displayName}
          </Text>
          <Text size="xs" c="dimmed" component="time" dateTime={post.createdAt}>
            {formatDateTime(post.createdAt)}
          </Text>
        </Group>
        {post.html === null ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t(post.state === 'hidden' ? 'conversations.hidden' : 'conversations.deleted')}
          </Text>
        ) : (
          <Typography className="post-body" dangerouslySetInnerHTML={{ __html: post.html }} />
        )}
        {/* Someone else's message that still shows can be reported; your own cannot. */}
        {report && !own && post.state === 'visible' && (
          <ReportMessage post={post} conversationId={report.conversationId} />
        )}
      </Stack>
    </Paper>
  );
}
