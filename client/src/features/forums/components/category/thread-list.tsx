import type { ThreadSummary } from '@commonroom/contracts';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../../../shared/i18n/format-date';
import { paths } from '../../../../shared/routing/paths';
import { TagLinks } from '../tag-links';
import { ThreadBadges } from '../thread-badges';

interface ThreadListProps {
  communitySlug: string;
  threads: ThreadSummary[];
  /** A link to this category's threads with one tag. */
  tagHref: (tag: string) => string;
}

/** Pinned threads first (the server's order otherwise kept), so a page never buries them. */
export function pinnedFirst(threads: ThreadSummary[]): ThreadSummary[] {
  return [...threads.filter((thread) => thread.pinned), ...threads.filter((thread) => !thread.pinned)];
}

/** A category's threads: title, tags, who started it, replies, the last post and what is new. */
export function ThreadList({ communitySlug, threads, tagHref }: ThreadListProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('forums.threads.listLabel')}>
      {pinnedFirst(threads).map((thread) => (
        <Paper
          component="li"
          key={thread.id}
          withBorder
          p="md"
          radius="md"
          bg={thread.pinned ? 'commonroom.0' : undefined}
        >
          <Stack gap={6}>
            <Group gap="sm" align="center">
              <Title order={3} size="h4">
                <Anchor component={Link} to={paths.forumThread(communitySlug, thread.id)}>
                  {thread.title}
                </Anchor>
              </Title>
              {thread.unreadCount !== null && thread.unreadCount > 0 && (
                <Badge variant="filled" radius="sm" tt="none">
                  {t('forums.threads.unread', { count: thread.unreadCount })}
                </Badge>
              )}
              <ThreadBadges thread={thread} />
            </Group>
            <TagLinks tags={thread.tags} hrefFor={tagHref} />
            <Text size="sm" c="dimmed">
              {t('forums.threads.startedBy', { name: thread.author.displayName })}
              {' · '}
              {t('forums.threads.replies', { count: thread.postCount - 1 })}
              {' · '}
              {t('forums.threads.lastPost', {
                name: thread.lastPoster.displayName,
                date: formatDateTime(thread.lastPostAt),
              })}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
