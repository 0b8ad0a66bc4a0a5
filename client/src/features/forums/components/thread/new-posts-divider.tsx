import type { ThreadDetail } from '@commonroom/contracts';
import { Divider } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Where the reader's new posts started when they opened the thread, and how many there were. */
export interface NewPostsAtArrival {
  firstNew: number | null;
  count: number;
}

/**
 * The first post the reader had not read when they opened the thread (from the engine's reading state), or null when
 * there is nothing new or they never opened it before, and how many were new then. Fixed at arrival: reading on, or
 * replying, moves neither the divider nor its count (nor re-announces it).
 */
export function useNewPostsAtArrival(thread: ThreadDetail): NewPostsAtArrival {
  const [arrival] = useState(() => {
    const read = thread.viewer.lastReadNumber;
    const firstNew = read > 0 && read < thread.postCount ? read + 1 : null;
    return { firstNew, count: firstNew === null ? 0 : thread.postCount - firstNew + 1 };
  });
  return arrival;
}

/** "New posts" above the first unread post: seen as a labelled rule, read out as a separator with its label. */
export function NewPostsDivider({ count }: { count: number }) {
  const { t } = useTranslation();
  const label = t('forums.thread.newPostsDivider', { count });
  return (
    <Divider
      data-new-posts-divider
      role="separator"
      aria-label={label}
      my="xs"
      color="red.9"
      labelPosition="center"
      label={<span style={{ color: 'var(--mantine-color-red-9)', fontWeight: 600 }}>{label}</span>}
    />
  );
}
