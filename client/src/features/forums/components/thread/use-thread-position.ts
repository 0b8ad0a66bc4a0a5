import type { ThreadDetail } from '@commonroom/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { loadPageNear } from '../../api/thread.queries';
import { postAnchor } from '../post/post-item';

const positiveInteger = (text: string | null) => {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? value : undefined;
};

/** Where a returning reader should land: the first post they have not read (or the last post). */
function firstUnread(thread: ThreadDetail): number | undefined {
  if (thread.viewer.lastReadNumber === 0) return undefined;
  return Math.min(thread.viewer.lastReadNumber + 1, thread.postCount);
}

/**
 * The page of posts to show. `?page=N` says it; `?near=N`, or arriving with no page at all,
 * asks the server for the page holding that post (the first unread one by default) and then
 * settles the address on `?page=P#post-N`. Undefined while that answer is on its way.
 */
export function usePageToShow(thread: ThreadDetail): number | undefined {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Where the reader left off when they arrived; reading on moves it, but must not move them.
  const [leftOff] = useState(() => firstUnread(thread));
  const { hash } = useLocation();
  const page = positiveInteger(searchParams.get('page'));
  // A link to one post (`#post-N`, as shared by email) wins over where this reader left off.
  const linked = positiveInteger(/^#post-(\d+)$/.exec(hash)?.[1] ?? null);
  const near = page ? undefined : (positiveInteger(searchParams.get('near')) ?? linked ?? leftOff);

  useEffect(() => {
    if (near === undefined) return;
    let current = true;
    // Page 1 is written out: a bare address means "where I left off" and would ask again.
    const settle = (found: number, hash?: string) =>
      current && void navigate({ search: `?page=${found}`, hash }, { replace: true });
    loadPageNear(queryClient, thread.id, near).then(
      (found) => settle(found, postAnchor(near)),
      () => settle(1),
    );
    return () => {
      current = false;
    };
  }, [near, navigate, queryClient, thread.id]);

  return page ?? (near === undefined ? 1 : undefined);
}

/**
 * Brings `#post-N` into view and focus once its page is on screen: on arrival, after "jump to
 * first unread", a reply-to link or "N new posts". Each navigation is handled once.
 */
export function useScrollToPost(shownCount: number) {
  const location = useLocation();
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!location.hash.startsWith('#post-') || handled.current === location.key) return;
    const post = document.getElementById(location.hash.slice(1));
    if (!post) return;
    handled.current = location.key;
    // The "new posts" divider sits just above the first unread post: it comes into view with it.
    const divider = post.parentElement?.querySelector<HTMLElement>('[data-new-posts-divider]');
    post.focus({ preventScroll: true });
    // After the posts have been painted where they belong, not in the same frame: scrolling while
    // they arrive counts the footer they push down as a layout shift. jsdom has no scrollIntoView.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => (divider ?? post).scrollIntoView?.({ block: 'start' }));
    });
    return () => cancelAnimationFrame(frame);
  }, [location.hash, location.key, shownCount]);
}

/** Typing in these never moves between posts. */
const TYPING_TARGETS =
  'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="menu"], [role="listbox"]';

/**
 * j and k move focus to the next and previous post (focus scrolls it into view), as in most
 * forum readers, except while typing or in a dialog or menu.
 */
export function usePostKeyboardNavigation() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        (event.key !== 'j' && event.key !== 'k') ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        event.defaultPrevented
      )
        return;
      if (event.target instanceof Element && event.target.closest(TYPING_TARGETS)) return;
      const posts = [...document.querySelectorAll<HTMLElement>('[data-post-number]')];
      const current = document.activeElement?.closest<HTMLElement>('[data-post-number]');
      const index = current ? posts.indexOf(current) : -1;
      const next = index === -1 ? posts[0] : posts[index + (event.key === 'j' ? 1 : -1)];
      if (!next) return;
      event.preventDefault();
      next.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
