import { z } from 'zod';
import { safeText } from '../text.js';

/**
 * The discussion engine: threads of numbered posts. Forums use it today; critical-incident
 * discussions and blog comments will use the same threads and posts with their own side tables.
 */

/** Posts per thread page. Pages are ranges of post numbers, so a late page is as fast as the first. */
export const POSTS_PER_PAGE = 20;
export const MAX_POST_LENGTH = 50_000;
export const MAX_TITLE_LENGTH = 200;

/** A small fixed set, so reactions stay a quiet signal rather than a second conversation. */
export const REACTIONS = [
  { id: 'agree', emoji: '👍', label: 'Agree' },
  { id: 'thanks', emoji: '🙏', label: 'Thanks' },
  { id: 'insightful', emoji: '💡', label: 'Insightful' },
  { id: 'celebrate', emoji: '🎉', label: 'Celebrate' },
  { id: 'question', emoji: '🤔', label: 'Question' },
] as const;
export type Reaction = (typeof REACTIONS)[number]['id'];
export const reactionSchema = z.enum(REACTIONS.map((r) => r.id) as [Reaction, ...Reaction[]]);

/** How closely a person follows a category or thread; notifications (a later issue) follow these. */
export const WATCH_LEVELS = [
  { id: 'muted', label: 'Muted', description: 'Never notified, and hidden from your unread list.' },
  { id: 'normal', label: 'Normal', description: 'Notified only when someone mentions you or replies to you.' },
  { id: 'tracking', label: 'Tracking', description: 'Shows a count of new replies.' },
  { id: 'watching', label: 'Watching', description: 'Notified of every new reply.' },
] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number]['id'];
export const watchLevelSchema = z.enum(WATCH_LEVELS.map((w) => w.id) as [WatchLevel, ...WatchLevel[]]);
export const watchRequestSchema = z.object({ level: watchLevelSchema });
export type WatchRequest = z.infer<typeof watchRequestSchema>;

/** Why a post was flagged. "Identifies someone" comes first: pupils and trainees must never be named. */
export const FLAG_REASONS = [
  { id: 'identifies_someone', label: 'Could identify a pupil, trainee or colleague' },
  { id: 'inappropriate', label: 'Inappropriate or unkind' },
  { id: 'off_topic', label: 'Off topic' },
  { id: 'spam', label: 'Spam or advertising' },
  { id: 'other', label: 'Something else' },
] as const;
export type FlagReason = (typeof FLAG_REASONS)[number]['id'];
export const flagReasonSchema = z.enum(FLAG_REASONS.map((f) => f.id) as [FlagReason, ...FlagReason[]]);

export const threadIdParamsSchema = z.object({ threadId: z.uuid() });
export const postIdParamsSchema = z.object({ postId: z.uuid() });
export const postReactionParamsSchema = z.object({ postId: z.uuid(), reaction: reactionSchema });

export const personRefSchema = z.object({ id: z.uuid(), displayName: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

export const rawMarkdownSchema = safeText(
  z
    .string()
    .max(MAX_POST_LENGTH, `Keep a post under ${MAX_POST_LENGTH.toLocaleString('en-GB')} characters.`)
    .refine((s) => s.trim().length > 0, 'Write something before posting.'),
);
export const threadTitleSchema = safeText(
  z.string().trim().min(5, 'Give the thread a title of at least 5 characters.').max(MAX_TITLE_LENGTH),
);
export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(30)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} -]*$/u, 'Tags use letters, numbers, spaces and hyphens.');
export const tagsSchema = z.array(tagSchema).max(5, 'Use at most 5 tags.');

/** How many names a reaction lists; "and 3 others" covers the rest. */
export const REACTOR_NAMES_SHOWN = 10;

export const reactionCountSchema = z.object({
  reaction: reactionSchema,
  count: z.number().int().min(1),
  /** Whether the viewer gave this reaction. Live events leave it false; the client tracks its own. */
  mine: z.boolean(),
  /** Who gave it, earliest first, at most `REACTOR_NAMES_SHOWN` (the rest are `count` minus these). */
  people: z.array(personRefSchema),
});
export type ReactionCount = z.infer<typeof reactionCountSchema>;

/**
 * A post as readers see it. A hidden or deleted post keeps its number and place, with `html`
 * null for everyone except moderators, so pages never shift.
 */
export const postSchema = z.object({
  id: z.uuid(),
  threadId: z.uuid(),
  number: z.number().int().min(1),
  author: personRefSchema,
  /** Sanitized HTML cooked from the author's Markdown; null when hidden or deleted and the viewer may not see it. */
  html: z.string().nullable(),
  state: z.enum(['visible', 'hidden', 'deleted']),
  replyTo: z.object({ postId: z.uuid(), number: z.number().int(), author: personRefSchema }).nullable(),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
  /** 1 for the original text; each edit adds one. */
  revision: z.number().int().min(1),
  reactions: z.array(reactionCountSchema),
  /** Why a facilitator hid the post: shown to its author and to moderators, null for everyone else. */
  hiddenReason: z.string().nullable(),
  /** Whether the viewer has a flag on this post that no facilitator has dealt with yet. */
  flaggedByMe: z.boolean(),
});
export type Post = z.infer<typeof postSchema>;

/** What the viewer may do in one thread; per-post rights follow from these and authorship. */
export const threadAbilitiesSchema = z.object({
  reply: z.boolean(),
  react: z.boolean(),
  flag: z.boolean(),
  /** Pin, lock, move, hide, restore, delete any post, see hidden posts. */
  moderate: z.boolean(),
  acceptAnswer: z.boolean().describe("The thread's author or a moderator"),
  editThread: z.boolean().describe('Change the title and tags'),
});
export type ThreadAbilities = z.infer<typeof threadAbilitiesSchema>;

export const threadSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  tags: z.array(z.string()),
  author: personRefSchema,
  /** Posts including the opening one, counting hidden and deleted posts (their numbers stay). */
  postCount: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  lastPostAt: z.iso.datetime(),
  lastPoster: personRefSchema,
  pinned: z.boolean(),
  locked: z.boolean(),
  answered: z.boolean(),
  deleted: z.boolean(),
  /** Posts the viewer has not read yet; null when they have never opened the thread. */
  unreadCount: z.number().int().min(0).nullable(),
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;

export const threadDetailSchema = threadSummarySchema.extend({
  community: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  category: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  acceptedPostId: z.uuid().nullable(),
  /** The stream's latest sequence number: subscribe after it to get only what comes next. */
  streamSeq: z.number().int().min(0),
  viewer: z.object({
    /** The highest post number the viewer has read; 0 when never opened. */
    lastReadNumber: z.number().int().min(0),
    watchLevel: watchLevelSchema,
    abilities: threadAbilitiesSchema,
  }),
});
export type ThreadDetail = z.infer<typeof threadDetailSchema>;

export const postPageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  /** Open the page containing this post number (e.g. the first unread one). */
  near: z.coerce.number().int().min(1).optional(),
});
export type PostPageQuery = z.infer<typeof postPageQuerySchema>;
export const postPageSchema = z.object({
  items: z.array(postSchema),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  total: z.number().int().min(0),
  pageCount: z.number().int().min(1),
});
export type PostPage = z.infer<typeof postPageSchema>;

export const createPostRequestSchema = z.object({
  raw: rawMarkdownSchema,
  replyToPostId: z.uuid().optional(),
});
export type CreatePostRequest = z.infer<typeof createPostRequestSchema>;

export const editPostRequestSchema = z.object({
  raw: rawMarkdownSchema,
  /** The revision the editor started from; an edit over someone else's newer one is refused. */
  baseRevision: z.number().int().min(1),
});
export type EditPostRequest = z.infer<typeof editPostRequestSchema>;

export const updateThreadRequestSchema = z.object({
  title: threadTitleSchema.optional(),
  tags: tagsSchema.optional(),
  pinned: z.boolean().optional(),
  locked: z.boolean().optional(),
  categoryId: z.uuid().optional().describe('Move the thread to another category of the same community'),
});
export type UpdateThreadRequest = z.infer<typeof updateThreadRequestSchema>;

export const acceptAnswerRequestSchema = z.object({ postId: z.uuid().nullable() });
export type AcceptAnswerRequest = z.infer<typeof acceptAnswerRequestSchema>;

export const markReadRequestSchema = z.object({ number: z.number().int().min(1) });
export type MarkReadRequest = z.infer<typeof markReadRequestSchema>;

export const reactionsResultSchema = z.object({ reactions: z.array(reactionCountSchema) });
export type ReactionsResult = z.infer<typeof reactionsResultSchema>;

export const flagPostRequestSchema = z.object({
  reason: flagReasonSchema,
  note: z.string().trim().max(500).optional(),
});
export type FlagPostRequest = z.infer<typeof flagPostRequestSchema>;

/** One edit in a post's history, with the change from the revision before it. */
export const postRevisionSchema = z.object({
  revision: z.number().int().min(1),
  editor: personRefSchema,
  createdAt: z.iso.datetime(),
  raw: z.string(),
  /** Word-level changes from the previous revision; empty for the first. */
  diff: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
});
export type PostRevision = z.infer<typeof postRevisionSchema>;
export const postRevisionListSchema = z.object({ items: z.array(postRevisionSchema) });

export const moderationActionSchema = z.enum(['hide', 'restore', 'dismiss']);
export type ModerationAction = z.infer<typeof moderationActionSchema>;
export const MAX_HIDE_REASON_LENGTH = 500;
/** Hiding needs a reason: the author sees it, and it goes in the audit log. */
export const moderatePostRequestSchema = z
  .object({
    action: moderationActionSchema,
    reason: safeText(z.string().trim().max(MAX_HIDE_REASON_LENGTH)).optional(),
  })
  .refine((body) => body.action !== 'hide' || (body.reason ?? '').length > 0, {
    message: 'Say why you are hiding this post; its author will see your reason.',
    path: ['reason'],
  });
export type ModeratePostRequest = z.infer<typeof moderatePostRequestSchema>;

/** The queue's two lists: posts with open flags, and posts facilitators hid (to restore). */
export const moderationQueueQuerySchema = z.object({ view: z.enum(['flagged', 'hidden']).default('flagged') });
export type ModerationQueueQuery = z.infer<typeof moderationQueueQuerySchema>;

/** A flagged or hidden post in a community's moderation queue. */
export const moderationItemSchema = z.object({
  post: postSchema,
  thread: z.object({ id: z.uuid(), title: z.string() }),
  flags: z.array(
    z.object({
      reason: flagReasonSchema,
      note: z.string().nullable(),
      flaggedBy: personRefSchema,
      createdAt: z.iso.datetime(),
    }),
  ),
  /** Who hid the post, when and why; null while it shows. */
  hidden: z.object({ by: personRefSchema, at: z.iso.datetime(), reason: z.string().nullable() }).nullable(),
});
export type ModerationItem = z.infer<typeof moderationItemSchema>;
/** How often one person may post (new threads and replies); facilitators and admins are not limited. */
export const postingLimitsSchema = z.object({
  perMinute: z.number().int().min(1),
  perHour: z.number().int().min(1),
  /** Lower limits for people with fewer than `untilPosts` posts that nobody hid. */
  newMembers: z.object({
    perMinute: z.number().int().min(1),
    perHour: z.number().int().min(1),
    untilPosts: z.number().int().min(0),
  }),
});
export type PostingLimits = z.infer<typeof postingLimitsSchema>;
export const moderationQueueSchema = z.object({
  items: z.array(moderationItemSchema),
  postingLimits: postingLimitsSchema.describe(
    'The posting limits members are held to, so facilitators know why a post was refused',
  ),
});
export type ModerationQueue = z.infer<typeof moderationQueueSchema>;

/**
 * Server-side drafts, one per person and place: a new thread in a category, a reply in a
 * thread, or an edit of a post. They autosave while typing and follow the person across devices.
 */
export const draftKeySchema = z.string().regex(/^(new-thread|reply|edit):[0-9a-f-]{36}$/, 'Unknown draft');
export const draftKeyParamsSchema = z.object({ key: draftKeySchema });
export const draftSchema = z.object({
  key: draftKeySchema,
  title: z.string().max(MAX_TITLE_LENGTH).nullable(),
  raw: z.string().max(MAX_POST_LENGTH),
  replyToPostId: z.uuid().nullable(),
  updatedAt: z.iso.datetime(),
});
export type Draft = z.infer<typeof draftSchema>;
export const saveDraftRequestSchema = z.object({
  title: z.string().max(MAX_TITLE_LENGTH).nullable().optional(),
  raw: z.string().max(MAX_POST_LENGTH),
  replyToPostId: z.uuid().nullable().optional(),
});
export type SaveDraftRequest = z.infer<typeof saveDraftRequestSchema>;
/** A place with no draft answers `{ draft: null }`, so opening a composer is never an error. */
export const draftResultSchema = z.object({ draft: draftSchema.nullable() });
export type DraftResult = z.infer<typeof draftResultSchema>;

export const previewRequestSchema = z.object({ raw: z.string().max(MAX_POST_LENGTH) });
export const previewResultSchema = z.object({ html: z.string() });
export type PreviewResult = z.infer<typeof previewResultSchema>;

/** The header a client sends with a create request; a retry with the same key returns the first result. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,100}$/, 'Send a random Idempotency-Key of 16–100 characters.');

/** People to offer when the composer sees "@": members of the thread's community. */
export const mentionQuerySchema = z.object({ q: z.string().trim().min(1).max(60) });
export const mentionSuggestionsSchema = z.object({ items: z.array(personRefSchema) });
export type MentionSuggestions = z.infer<typeof mentionSuggestionsSchema>;

/**
 * A mention as the composer writes it: `@[Display Name](mention:<user id>)`. Names are not unique
 * and people have no handles, so the id travels with the name; cooking turns it into a link.
 */
export const MENTION_PATTERN = /@\[([^\]\n]{1,80})\]\(mention:([0-9a-f-]{36})\)/g;
export const mentionToken = (person: PersonRef): string =>
  `@[${person.displayName.replace(/[[\]]/g, '')}](mention:${person.id})`;
