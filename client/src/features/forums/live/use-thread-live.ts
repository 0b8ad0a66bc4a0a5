import {
  streams,
  type Post,
  type PostPage,
  type StreamEnvelope,
  type ThreadDetail,
  type TypedStreamEnvelope,
} from '@commonroom/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useStream } from '../../../shared/realtime';
import { forumKeys } from '../api/forum-keys';
import { appendPost, applyLiveReactions, removePost, replacePost, updateThread } from '../api/thread-cache';

/** How close to the end of the page counts as "reading the latest": new posts then simply appear. */
const BOTTOM_SLACK_PX = 160;

/** Whether the reader is at the foot of the page, where appending below them moves nothing they read. */
export function isReaderAtBottom(): boolean {
  return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - BOTTOM_SLACK_PX;
}

interface ThreadLiveOptions {
  thread: ThreadDetail;
  /** The page shown and its posts (undefined while loading). */
  page: number;
  postPage: PostPage | undefined;
  viewerId: string | undefined;
  /** A post appended at the reader's position: it has been on screen, so it counts as read. */
  onAppended: (post: Post) => void;
}

/**
 * Applies the thread's live events to what is shown. New posts appear at once only when the
 * reader is on the last page and at its foot; otherwise they wait behind "N new posts", so
 * nothing moves under the reader. Edits, removals, reactions and thread changes apply in place.
 */
export function useThreadLive({ thread, page, postPage, viewerId, onAppended }: ThreadLiveOptions) {
  const queryClient = useQueryClient();
  const [waiting, setWaiting] = useState<Post[]>([]);
  // The viewer's own new posts are shown by the reply box; their events change nothing.
  const ownPosts = useRef(new Set<string>());
  const latest = useRef({ thread, page, postPage, viewerId, onAppended });
  useLayoutEffect(() => {
    latest.current = { thread, page, postPage, viewerId, onAppended };
  });
  // Subscribed once from the position the thread was loaded at; later refetches move the
  // position on the server's side, not here.
  const [fromSeq] = useState(thread.streamSeq);

  const onCreated = (post: Post) => {
    const current = latest.current;
    if (ownPosts.current.has(post.id) || current.postPage?.items.some((item) => item.id === post.id)) return;
    const postsPage = Math.ceil(post.number / (current.postPage?.pageSize ?? 20));
    if (current.postPage && postsPage === current.page && isReaderAtBottom()) {
      appendPost(queryClient, current.page, post);
      current.onAppended(post);
      return;
    }
    updateThread(queryClient, post.threadId, (cached) => ({
      postCount: Math.max(cached.postCount, post.number),
      lastPostAt: post.createdAt,
      lastPoster: post.author,
    }));
    setWaiting((posts) => (posts.some((waitingPost) => waitingPost.id === post.id) ? posts : [...posts, post]));
  };

  const apply = (envelope: TypedStreamEnvelope) => {
    const { thread: current, viewerId: viewer } = latest.current;
    switch (envelope.type) {
      case 'post.created':
        return onCreated(envelope.payload.post);
      case 'post.edited':
      case 'post.restored': {
        const { post } = envelope.payload;
        replacePost(queryClient, post);
        setWaiting((posts) => posts.map((waitingPost) => (waitingPost.id === post.id ? post : waitingPost)));
        return void queryClient.invalidateQueries({ queryKey: forumKeys.revisions(post.id), refetchType: 'none' });
      }
      case 'post.removed':
        removePost(queryClient, current.id, envelope.payload, current.viewer.abilities.moderate);
        return setWaiting((posts) => posts.filter((waitingPost) => waitingPost.id !== envelope.payload.postId));
      case 'post.reactions':
        return applyLiveReactions(queryClient, current.id, envelope.payload, viewer);
      case 'thread.updated': {
        const { categoryId, title, tags, pinned, locked, acceptedPostId, deleted } = envelope.payload;
        updateThread(queryClient, current.id, () => ({
          title,
          tags,
          pinned,
          locked,
          acceptedPostId,
          deleted,
          answered: acceptedPostId !== null,
        }));
        // A move changes the category's name and slug, which only the server knows.
        if (categoryId !== current.category.id)
          void queryClient.invalidateQueries({ queryKey: forumKeys.thread(current.id), exact: true });
        return;
      }
      case 'forum.thread_activity':
        return;
    }
  };

  // A signed-out reader (public reading) gets no socket: the page is as of when it was opened.
  useStream(viewerId ? streams.thread(thread.id) : undefined, {
    fromSeq,
    onEvent: (envelope: StreamEnvelope) => apply(envelope as TypedStreamEnvelope),
    // Events were missed and cannot be replayed: everything shown is fetched again.
    onReset: () => {
      setWaiting([]);
      void queryClient.invalidateQueries({ queryKey: forumKeys.thread(thread.id) });
    },
  });

  /** The reader's own new post: shown by the caller, never counted as new. */
  const markOwn = useCallback((post: Post) => ownPosts.current.add(post.id), []);
  const clearWaiting = useCallback(() => setWaiting([]), []);
  return { waiting, markOwn, clearWaiting };
}
