import type { NotificationKind, WatchLevel } from '@commonroom/contracts';

/** What happened in a thread. */
export type ThreadEvent = 'new_thread' | 'new_post' | 'answer_accepted' | 'reaction' | 'moderated';

/** How the person stands to it: named in the post, author of the post it is about, or only a watcher. */
export type Relation = 'mentioned' | 'quoted' | 'replied_to' | 'post_author' | 'watcher';

/** Thread level ?? category level ?? normal. */
export function effectiveLevel(thread: WatchLevel | null, category: WatchLevel | null): WatchLevel {
  return thread ?? category ?? 'normal';
}

/**
 * Who is notified, and of what: a pure function of the person's effective watch level, the event
 * and their relation to it (table-tested in `notification-rules.spec.ts`). Muted hears nothing but
 * what a moderator did to their own post; normal and tracking hear what is addressed to them;
 * watching also hears every new post (and, at category level, every new thread).
 */
export function noticeKindFor(level: WatchLevel, event: ThreadEvent, relation: Relation): NotificationKind | null {
  if (event === 'moderated') return relation === 'post_author' ? 'moderation' : null;
  if (level === 'muted') return null;
  if (event === 'answer_accepted') return relation === 'post_author' ? 'accepted_answer' : null;
  if (event === 'reaction') return relation === 'post_author' ? 'reaction' : null;
  if (relation === 'mentioned') return 'mention';
  if (relation === 'quoted') return 'quote';
  if (relation === 'replied_to') return 'reply';
  if (relation === 'watcher' && level === 'watching') return event;
  return null;
}

/** A person's strongest relation to a post: a mention beats a quote beats a reply beats watching. */
export function strongestRelation(flags: { mentioned: boolean; quoted: boolean; repliedTo: boolean }): Relation {
  if (flags.mentioned) return 'mentioned';
  if (flags.quoted) return 'quoted';
  if (flags.repliedTo) return 'replied_to';
  return 'watcher';
}

/** Post numbers quoted the way "Reply with quote" writes it: `> **Name** [wrote](#post-N):`. */
export function quotedPostNumbers(raw: string): number[] {
  const found = new Set<number>();
  for (const match of raw.matchAll(/^>\s.*\[wrote\]\(#post-(\d{1,9})\)/gm)) found.add(Number(match[1]));
  return [...found];
}

/** The unread notice an event joins: one per thread for posts, one per post for reactions. */
export function groupKeyFor(kind: NotificationKind, ids: { threadId?: string; postId?: string }): string {
  switch (kind) {
    case 'reaction':
    case 'accepted_answer':
    case 'moderation':
      return `${kind}:${ids.postId}`;
    case 'new_thread':
      return `new_thread:${ids.threadId}`;
    default:
      return `${kind}:${ids.threadId}`;
  }
}
