import { POSTS_PER_PAGE, type Post, type ThreadDetail } from '@commonroom/contracts';
import { Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../shared/components/error-state';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { ResultsPagination } from '../../../shared/components/results-pagination';
import { useThreadPresence } from '../../../shared/realtime';
import { paths } from '../../../shared/routing/paths';
import { useCurrentUser } from '../../auth';
import { useLayoutCommunity } from '../../communities';
import { forumKeys } from '../api/forum-keys';
import { appendPost } from '../api/thread-cache';
import { useMarkRead, usePostPage, useThread } from '../api/thread.queries';
import { ForumLoadError } from '../components/forum-load-error';
import { PostItem, postAnchor } from '../components/post/post-item';
import { NewPostsDivider, useNewPostsAtArrival } from '../components/thread/new-posts-divider';
import { NewPostsIndicator } from '../components/thread/new-posts-indicator';
import { PresenceLine } from '../components/thread/presence-line';
import { ReplyBox, type ReplyBoxHandle } from '../components/thread/reply-box';
import { ThreadHeader } from '../components/thread/thread-header';
import { usePageToShow, usePostKeyboardNavigation, useScrollToPost } from '../components/thread/use-thread-position';
import { useThreadLive } from '../live/use-thread-live';

/** `/communities/:slug/forum/t/:threadId?page=N#post-N`: one thread, live. */
export function ThreadPage() {
  const { t } = useTranslation();
  const community = useLayoutCommunity();
  const { threadId = '' } = useParams();
  const location = useLocation();
  const thread = useThread(threadId);
  usePageTitle(
    t('forums.thread.pageTitle', { title: thread.data?.title ?? t('forums.title'), community: community.name }),
  );

  if (thread.isPending) return <LoadingState />;
  if (thread.isError)
    return <ForumLoadError error={thread.error} onRetry={() => void thread.refetch()} communitySlug={community.slug} />;
  // An old link under another community's address: the thread's own community frames it.
  if (thread.data.community.slug !== community.slug) {
    return (
      <Navigate
        replace
        to={{
          pathname: paths.forumThread(thread.data.community.slug, threadId),
          search: location.search,
          hash: location.hash,
        }}
      />
    );
  }
  // Keyed by thread: another thread starts with its own live subscription and position.
  return <ThreadView key={threadId} thread={thread.data} />;
}

function ThreadView({ thread }: { thread: ThreadDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const viewerId = useCurrentUser()?.id;
  const page = usePageToShow(thread);
  const posts = usePostPage(thread.id, page);
  const reply = useRef<ReplyBoxHandle>(null);
  const [message, setMessage] = useState('');
  const presence = useThreadPresence(thread.id);
  const markRead = useMarkRead(thread);
  const { firstNew, count: newCount } = useNewPostsAtArrival(thread);

  // Read up to the highest post that has been on screen; sent only when it moves forward.
  const readUpTo = useRef(thread.viewer.lastReadNumber);
  const { mutate: sendRead } = markRead;
  const markShown = useCallback(
    (number: number) => {
      if (!viewerId || number <= readUpTo.current) return;
      readUpTo.current = number;
      sendRead(number);
    },
    [sendRead, viewerId],
  );
  const shown = posts.isPlaceholderData ? undefined : posts.data;
  useEffect(() => {
    const last = shown?.items.at(-1);
    if (last) markShown(last.number);
  }, [shown, markShown]);

  const live = useThreadLive({
    thread,
    page: page ?? 0,
    postPage: shown,
    viewerId,
    onAppended: (post) => markShown(post.number),
  });
  useScrollToPost(shown?.items.length ?? 0);
  usePostKeyboardNavigation();
  // Said once, when the page holding the first new post is on screen.
  const dividerShown = shown?.items.some((post) => post.number === firstNew) ?? false;
  useEffect(() => {
    if (dividerShown) setMessage(t('forums.thread.newPostsAnnounced', { count: newCount }));
  }, [dividerShown, newCount, t]);

  const pageOf = (number: number) => Math.ceil(number / (shown?.pageSize ?? POSTS_PER_PAGE));
  /** Shows posts on this page in place; posts on a later page open that page, at the first one. */
  const showPosts = (newPosts: Post[]) => {
    const [first] = newPosts;
    if (!first || page === undefined) return;
    if (shown && newPosts.every((post) => pageOf(post.number) === page)) {
      newPosts.forEach((post) => appendPost(queryClient, page, post));
      markShown(Math.max(...newPosts.map((post) => post.number)));
      void navigate({ search: `?page=${page}`, hash: postAnchor(first.number) }, { replace: true });
      return;
    }
    void queryClient.invalidateQueries({ queryKey: forumKeys.posts(thread.id) });
    void navigate({ search: `?page=${pageOf(first.number)}`, hash: postAnchor(first.number) });
  };

  const onPosted = (post: Post) => {
    live.markOwn(post);
    setMessage(t('forums.reply.posted'));
    showPosts([post]);
  };

  return (
    <Stack component="section" aria-labelledby="thread-heading" gap="md">
      <ThreadHeader
        thread={thread}
        page={page ?? 1}
        announce={setMessage}
        onReply={() => reply.current?.replyToThread()}
      />
      <PresenceLine people={presence.people} typing={presence.typing} viewerId={viewerId} />
      <LiveMessage>{message}</LiveMessage>
      {posts.isError && <ErrorState error={posts.error} onRetry={() => void posts.refetch()} />}
      {!posts.data && !posts.isError && <LoadingState label={t('forums.thread.loadingPosts')} />}
      {posts.data && page !== undefined && (
        <div aria-busy={posts.isPlaceholderData}>
          <Stack
            component="ol"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('forums.thread.postsLabel', { page })}
          >
            {posts.data.items.map((post) => (
              <li key={post.id}>
                {post.number === firstNew && <NewPostsDivider count={newCount} />}
                <PostItem
                  post={post}
                  thread={thread}
                  page={page}
                  viewerId={viewerId}
                  onQuote={(quoted) => reply.current?.quote(quoted)}
                  onReply={(answered) => reply.current?.reply(answered)}
                  announce={setMessage}
                />
              </li>
            ))}
          </Stack>
          <ResultsPagination
            page={page}
            pageSize={posts.data.pageSize}
            total={Math.max(posts.data.total, thread.postCount)}
            pageHref={(next) => `${paths.forumThread(thread.community.slug, thread.id)}?page=${next}`}
          />
        </div>
      )}
      <NewPostsIndicator
        count={live.waiting.length}
        onReveal={() => {
          showPosts(live.waiting);
          live.clearWaiting();
        }}
      />
      {/* Below the posts only once they are here: drawn sooner, the arriving posts would push them
          down the screen (a layout shift of the whole reply box). */}
      {(posts.data || posts.isError) && (
        <>
          <ReplyBox thread={thread} handleRef={reply} onPosted={onPosted} onTyping={presence.notifyTyping} />
          <Text size="sm" c="dimmed">
            {t('forums.thread.keyboardHint')}
          </Text>
        </>
      )}
    </Stack>
  );
}
