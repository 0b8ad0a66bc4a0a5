import { POSTS_PER_PAGE, type ThreadDetail } from '@commonroom/contracts';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildUrl } from '../../../../shared/api/api-client';
import { paths } from '../../../../shared/routing/paths';
import { useWatchThread } from '../../api/thread.queries';
import { TagLinks } from '../tag-links';
import { ThreadBadges } from '../thread-badges';
import { WatchLevelMenu } from '../watch-level-menu';
import { postAnchor } from '../post/post-item';
import { ThreadMenu } from './thread-menu';

interface ThreadHeaderProps {
  thread: ThreadDetail;
  page: number;
  announce: (message: string) => void;
  /** Takes the reader to the reply box; shown only to those who may reply. */
  onReply: () => void;
}

/** Where the thread is, its title (the page's h2), badges, tags and the viewer's controls. */
export function ThreadHeader({ thread, page, announce, onReply }: ThreadHeaderProps) {
  const { t } = useTranslation();
  const watch = useWatchThread(thread.id);
  const slug = thread.community.slug;
  const firstUnread = thread.viewer.lastReadNumber + 1;
  const unreadElsewhere =
    thread.viewer.lastReadNumber > 0 &&
    firstUnread <= thread.postCount &&
    Math.ceil(firstUnread / POSTS_PER_PAGE) !== page;

  return (
    <Stack gap="xs">
      <nav aria-label={t('forums.thread.breadcrumbs')}>
        <Group component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          <li>
            <Anchor component={Link} to={paths.forum(slug)} size="sm">
              {t('forums.title')}
            </Anchor>
            <span aria-hidden="true"> ›</span>
          </li>
          <li>
            <Anchor component={Link} to={paths.forumCategory(slug, thread.category.slug)} size="sm">
              {thread.category.name}
            </Anchor>
          </li>
        </Group>
      </nav>
      <Title order={2} id="thread-heading">
        {thread.title}
      </Title>
      <ThreadBadges thread={thread} />
      <TagLinks
        tags={thread.tags}
        hrefFor={(tag) => buildUrl(paths.forumCategory(slug, thread.category.slug), { tag })}
      />
      <Group gap="sm">
        <Text size="sm" c="dimmed">
          {t('forums.thread.startedBy', { name: thread.author.displayName })} ·{' '}
          {t('forums.threads.replies', { count: thread.postCount - 1 })}
        </Text>
        {unreadElsewhere && (
          <Anchor component={Link} to={{ search: `?near=${firstUnread}`, hash: postAnchor(firstUnread) }} size="sm">
            {t('forums.thread.jumpToUnread')}
          </Anchor>
        )}
      </Group>
      <Group gap="sm">
        {/* At the top as well as the foot: on a phone the reply box is many screens down. */}
        {thread.viewer.abilities.reply && <Button onClick={onReply}>{t('forums.thread.replyToThread')}</Button>}
        <WatchLevelMenu
          level={thread.viewer.watchLevel}
          subject={thread.title}
          busy={watch.isPending}
          onChange={(level) => watch.mutate(level)}
        />
        <ThreadMenu thread={thread} announce={announce} />
      </Group>
    </Stack>
  );
}
