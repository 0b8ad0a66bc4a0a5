import type { HomeThread } from '@commonroom/contracts';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../i18n/format-date';
import { paths } from '../routing/paths';

interface ThreadActivityListProps {
  threads: HomeThread[];
  /** Off inside one community, where its name would repeat on every line. */
  showCommunity?: boolean;
  /** Labels the list, e.g. the tab or section it is in. */
  label: string;
}

/**
 * Threads by latest activity, as the home and a community's home list them: the title links to the
 * thread, then where it is, who posted last and when, and how much of it is new to the reader.
 */
export function ThreadActivityList({ threads, showCommunity = true, label }: ThreadActivityListProps) {
  return (
    <Stack component="ul" aria-label={label} gap="xs" p={0} m={0} w="100%" style={{ listStyle: 'none' }}>
      {threads.map((thread) => (
        <ThreadActivityItem key={thread.id} thread={thread} showCommunity={showCommunity} />
      ))}
    </Stack>
  );
}

function ThreadActivityItem({ thread, showCommunity }: { thread: HomeThread; showCommunity: boolean }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const when = formatDateTime(thread.lastPostAt);
  const meta = showCommunity
    ? t('home.threads.meta', { community: thread.community.name, name: thread.lastPoster.displayName, time: when })
    : `${thread.lastPoster.displayName}, ${when}`;
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} miw={0}>
          <Anchor
            component={Link}
            to={paths.forumThread(thread.community.slug, thread.id)}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {thread.title}
          </Anchor>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {meta}
          </Text>
        </Stack>
        <UnreadMark count={thread.unreadCount} />
      </Group>
    </Paper>
  );
}

/** "3 new" after the reader's read mark; nothing when up to date or never opened (no mark to count from). */
function UnreadMark({ count }: { count: number | null }) {
  const { t } = useTranslation();
  if (!count) return null;
  return (
    <Badge variant="light" radius="sm" tt="none" size="lg" style={{ flexShrink: 0 }}>
      {t('home.threads.new', { count })}
    </Badge>
  );
}
