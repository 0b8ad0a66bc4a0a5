import { WATCH_LEVELS, type NotificationKind, type WatchLevel } from '@commonroom/contracts';
import {
  effectiveLevel,
  noticeKindFor,
  quotedPostNumbers,
  strongestRelation,
  type Relation,
  type ThreadEvent,
} from './notification-rules';

const LEVELS = WATCH_LEVELS.map((w) => w.id);
const RELATIONS: Relation[] = ['mentioned', 'quoted', 'replied_to', 'post_author', 'watcher'];
const EVENTS: ThreadEvent[] = ['new_thread', 'new_post', 'answer_accepted', 'reaction', 'moderated'];

/**
 * The whole table: every watch level × event × relation, written out. A row changes only with a
 * decision about who hears what (docs/notifications.md).
 */
const EXPECTED: Record<ThreadEvent, Record<Relation, Record<WatchLevel, NotificationKind | null>>> = {
  new_thread: {
    mentioned: { muted: null, normal: 'mention', tracking: 'mention', watching: 'mention' },
    quoted: { muted: null, normal: 'quote', tracking: 'quote', watching: 'quote' },
    replied_to: { muted: null, normal: 'reply', tracking: 'reply', watching: 'reply' },
    post_author: { muted: null, normal: null, tracking: null, watching: null },
    watcher: { muted: null, normal: null, tracking: null, watching: 'new_thread' },
  },
  new_post: {
    mentioned: { muted: null, normal: 'mention', tracking: 'mention', watching: 'mention' },
    quoted: { muted: null, normal: 'quote', tracking: 'quote', watching: 'quote' },
    replied_to: { muted: null, normal: 'reply', tracking: 'reply', watching: 'reply' },
    post_author: { muted: null, normal: null, tracking: null, watching: null },
    watcher: { muted: null, normal: null, tracking: null, watching: 'new_post' },
  },
  answer_accepted: {
    mentioned: { muted: null, normal: null, tracking: null, watching: null },
    quoted: { muted: null, normal: null, tracking: null, watching: null },
    replied_to: { muted: null, normal: null, tracking: null, watching: null },
    post_author: { muted: null, normal: 'accepted_answer', tracking: 'accepted_answer', watching: 'accepted_answer' },
    watcher: { muted: null, normal: null, tracking: null, watching: null },
  },
  reaction: {
    mentioned: { muted: null, normal: null, tracking: null, watching: null },
    quoted: { muted: null, normal: null, tracking: null, watching: null },
    replied_to: { muted: null, normal: null, tracking: null, watching: null },
    post_author: { muted: null, normal: 'reaction', tracking: 'reaction', watching: 'reaction' },
    watcher: { muted: null, normal: null, tracking: null, watching: null },
  },
  moderated: {
    mentioned: { muted: null, normal: null, tracking: null, watching: null },
    quoted: { muted: null, normal: null, tracking: null, watching: null },
    replied_to: { muted: null, normal: null, tracking: null, watching: null },
    post_author: { muted: 'moderation', normal: 'moderation', tracking: 'moderation', watching: 'moderation' },
    watcher: { muted: null, normal: null, tracking: null, watching: null },
  },
};

describe('noticeKindFor', () => {
  const rows = EVENTS.flatMap((event) =>
    RELATIONS.flatMap((relation) => LEVELS.map((level) => [event, relation, level] as const)),
  );

  it.each(rows)('%s, %s, %s', (event, relation, level) => {
    expect(noticeKindFor(level, event, relation)).toBe(EXPECTED[event][relation][level]);
  });

  it('takes the thread level over the category level, and normal when neither is chosen', () => {
    expect(effectiveLevel('muted', 'watching')).toBe('muted');
    expect(effectiveLevel(null, 'watching')).toBe('watching');
    expect(effectiveLevel(null, null)).toBe('normal');
  });

  it('names the strongest relation: mention, then quote, then reply', () => {
    expect(strongestRelation({ mentioned: true, quoted: true, repliedTo: true })).toBe('mentioned');
    expect(strongestRelation({ mentioned: false, quoted: true, repliedTo: true })).toBe('quoted');
    expect(strongestRelation({ mentioned: false, quoted: false, repliedTo: true })).toBe('replied_to');
    expect(strongestRelation({ mentioned: false, quoted: false, repliedTo: false })).toBe('watcher');
  });

  it('finds the posts quoted the way "Reply with quote" writes them, and only those', () => {
    const raw = '> **Amara Okoye** [wrote](#post-3):\n> We start with a tour.\n\nSee also [wrote](#post-9) in text.';
    expect(quotedPostNumbers(raw)).toEqual([3]);
  });
});
