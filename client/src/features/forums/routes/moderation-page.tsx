import type { ModerationItem, ModerationQueueQuery } from '@commonroom/contracts';
import { Anchor, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { BusyButton } from '../../../shared/forms/busy-button';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { paths } from '../../../shared/routing/paths';
import { useLayoutCommunity } from '../../communities';
import { useModeratePost, useModerationQueue } from '../api/forums.queries';
import { ForumError } from '../components/forum-error';
import { ForumLoadError } from '../components/forum-load-error';
import { PostBody } from '../components/post-body';
import { HideDialog } from '../components/post/hide-dialog';
import { postAnchor } from '../components/post/post-item';

type QueueView = ModerationQueueQuery['view'];

/**
 * `/communities/:slug/forum/moderation` (`?view=hidden`): flagged posts, why, and hide (with a reason) / dismiss; the
 * hidden posts to restore; and the posting limits members are held to.
 */
export function ModerationPage() {
  const { t } = useTranslation();
  const community = useLayoutCommunity();
  const [searchParams, setSearchParams] = useSearchParams();
  const view: QueueView = searchParams.get('view') === 'hidden' ? 'hidden' : 'flagged';
  const queue = useModerationQueue(community.slug, view);
  const [message, setMessage] = useState('');
  usePageTitle(t('forums.moderation.pageTitle', { community: community.name }));

  return (
    <Stack component="section" aria-labelledby="moderation-heading" gap="md">
      <Anchor component={Link} to={paths.forum(community.slug)} size="sm">
        {t('forums.categoryPage.allCategories')}
      </Anchor>
      <Title order={2} id="moderation-heading">
        {t('forums.moderation.heading')}
      </Title>
      <Text>{t('forums.moderation.intro')}</Text>
      {queue.data && (
        <Text size="sm" c="dimmed">
          {t('forums.moderation.postingLimits', {
            perMinute: queue.data.postingLimits.perMinute,
            perHour: queue.data.postingLimits.perHour,
            untilPosts: queue.data.postingLimits.newMembers.untilPosts,
            newPerMinute: queue.data.postingLimits.newMembers.perMinute,
            newPerHour: queue.data.postingLimits.newMembers.perHour,
          })}
        </Text>
      )}
      <Tabs
        value={view}
        onChange={(next) => setSearchParams(next === 'hidden' ? { view: 'hidden' } : {}, { replace: true })}
      >
        <Tabs.List>
          <Tabs.Tab value="flagged">{t('forums.moderation.tabs.flagged')}</Tabs.Tab>
          <Tabs.Tab value="hidden">{t('forums.moderation.tabs.hidden')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <LiveMessage>{message}</LiveMessage>
      {queue.isPending && <LoadingState />}
      {queue.isError && (
        <ForumLoadError error={queue.error} onRetry={() => void queue.refetch()} communitySlug={community.slug} />
      )}
      {queue.data?.items.length === 0 && <EmptyState title={t(`forums.moderation.empty.${view}`)} />}
      {queue.data && queue.data.items.length > 0 && (
        <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {queue.data.items.map((item) => (
            <FlaggedPost key={item.post.id} item={item} communitySlug={community.slug} onDone={setMessage} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function FlaggedPost({
  item,
  communitySlug,
  onDone,
}: {
  item: ModerationItem;
  communitySlug: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const moderate = useModeratePost(communitySlug);
  const [hiding, setHiding] = useState(false);
  const { post, thread, flags, hidden } = item;
  const name = post.author.displayName;
  const said = (action: 'hide' | 'restore' | 'dismiss') =>
    onDone(t(`forums.moderation.done.${action}`, { number: post.number, name }));
  const act = (action: 'restore' | 'dismiss') =>
    moderate.mutate({ postId: post.id, request: { action } }, { onSuccess: () => said(action) });
  const headingId = `flagged-${post.id}`;

  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          <Anchor
            component={Link}
            to={{
              pathname: paths.forumThread(communitySlug, thread.id),
              search: `?near=${post.number}`,
              hash: postAnchor(post.number),
            }}
          >
            {t('forums.moderation.postIn', { number: post.number, name, title: thread.title })}
          </Anchor>
        </Title>
        {post.state !== 'visible' && (
          <Text c="dimmed" fs="italic">
            {post.state === 'hidden' ? t('forums.post.hiddenPlaceholder') : t('forums.post.deletedPlaceholder')}
          </Text>
        )}
        {hidden && (
          <Text size="sm">
            {t('forums.moderation.hiddenBy', {
              name: hidden.by.displayName,
              date: formatDateTime(hidden.at),
              reason: hidden.reason ?? t('forums.moderation.noReason'),
            })}
          </Text>
        )}
        {post.html !== null && (
          <Paper bg="gray.0" p="sm" radius="sm">
            <PostBody html={post.html} />
          </Paper>
        )}
        {flags.length > 0 && (
          <Stack component="ul" gap={4} pl="md" m={0}>
            {flags.map((flag, index) => (
              <li key={index}>
                <Text size="sm">
                  {t('forums.moderation.flag', {
                    reason: t(`common.flag.reasons.${flag.reason}`),
                    name: flag.flaggedBy.displayName,
                    date: formatDateTime(flag.createdAt),
                  })}
                </Text>
                {flag.note && (
                  <Text size="sm" c="dimmed">
                    {t('forums.moderation.note', { note: flag.note })}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        )}
        <ForumError error={moderate.error} />
        <Group gap="sm">
          {post.state === 'visible' && (
            <BusyButton
              busy={moderate.isPending}
              color="red.9"
              onClick={() => setHiding(true)}
              aria-label={t('forums.moderation.hideLabel', { number: post.number, name })}
            >
              {t('forums.moderation.hide')}
            </BusyButton>
          )}
          {post.state === 'hidden' && (
            <BusyButton
              busy={moderate.isPending}
              onClick={() => act('restore')}
              aria-label={t('forums.moderation.restoreLabel', { number: post.number, name })}
            >
              {t('forums.moderation.restore')}
            </BusyButton>
          )}
          {!hidden && (
            <BusyButton
              busy={moderate.isPending}
              variant="default"
              onClick={() => act('dismiss')}
              aria-label={t('forums.moderation.dismissLabel', { number: post.number, name })}
            >
              {t('forums.moderation.dismiss')}
            </BusyButton>
          )}
        </Group>
      </Stack>
      <HideDialog
        post={post}
        communitySlug={communitySlug}
        opened={hiding}
        onClose={() => setHiding(false)}
        onHidden={() => {
          setHiding(false);
          said('hide');
        }}
      />
    </Paper>
  );
}
