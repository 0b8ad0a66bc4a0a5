import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type FlagPostRequest,
  type ModeratePostRequest,
  type ModerationQueue,
  type ModerationQueueQuery,
  type Post,
} from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { isPlatformAdmin, requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { AuditService } from '../audit';
import { CommunityAccessService } from '../communities';
import { DiscussionPostsRepository } from './discussion-posts.repository';
import { postPolicy, threadPolicy, type ThreadSubject } from './discussion.policy';
import { PostEditsService } from './post-edits.service';
import { PostFlagsRepository, type FlagQueueRow } from './post-flags.repository';
import { toPost, type PostRow } from './post-view';
import { POSTING_LIMITS } from './posting-limits';
import { PostsService } from './posts.service';

/**
 * A platform admin reviewing a flagged message in a conversation: they may hide it or dismiss its flags, and nothing
 * else; they still cannot read the conversation (its access hook answers 404 to them).
 */
const PRIVATE_REVIEWER: ThreadSubject = {
  canReadCommunity: true,
  member: false,
  moderator: true,
  signedIn: true,
  isThreadAuthor: false,
  locked: false,
  deleted: false,
};

/**
 * Flags from readers, and the queues to act on them: facilitators' per community, and platform admins' for threads in
 * no community (conversations). Every action is audited.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly edits: PostEditsService,
    private readonly communities: CommunityAccessService,
    private readonly audit: AuditService,
    private readonly flags: PostFlagsRepository,
    private readonly postRows: DiscussionPostsRepository,
  ) {}

  /** Reports a post; a second flag while the first is open keeps the first, one after it was resolved is added. */
  async flag(postId: string, actor: Actor, body: FlagPostRequest, client: ClientInfo): Promise<void> {
    const { row, context } = await this.posts.readPost(postId, actor);
    requireAbility(postPolicy, 'flag', this.posts.postSubject(context, row, actor), 'You cannot flag this post.');
    await this.dataSource.transaction(async (manager) => {
      const added = await this.flags.add(manager, {
        postId,
        flaggerId: actor.userId,
        reason: body.reason,
        note: body.note ?? null,
      });
      // The note is the flagger's words about someone else's post: it stays out of the audit log.
      if (added) {
        await this.audit.record(
          {
            action: 'moderation.post_flagged',
            actorUserId: actor.userId,
            subjectUserId: row.author_id,
            client,
            metadata: { postId, reason: body.reason },
          },
          manager,
        );
      }
    });
  }

  /**
   * Hide with a reason (upholds the flags), restore (clears them) or dismiss (the post stays, the flags close). The
   * contract refuses a hide without a reason.
   */
  async act(postId: string, actor: Actor, body: ModeratePostRequest, client: ClientInfo): Promise<Post> {
    const { action } = body;
    const { row, subject, privateReview } = await this.target(postId, actor, action);
    requireAbility(threadPolicy, 'moderate', subject, 'Only facilitators can moderate posts.');
    if (action === 'hide') {
      const post = { threadId: row.thread_id, postId, authorId: row.author_id };
      await this.edits.setRemoved(post, actor, client, { state: 'hidden', reason: body.reason ?? null });
    }
    if (action === 'restore') return this.edits.restore(postId, actor, client);
    if (action === 'dismiss') {
      await this.dataSource.transaction(async (manager) => {
        const closed = await this.flags.resolveOpen(manager, postId, 'dismissed', actor.userId);
        if (closed === 0) throw new DomainError(ErrorCode.Conflict, 'There are no open flags on this post.');
        await this.audit.record(
          {
            action: 'moderation.flags_dismissed',
            actorUserId: actor.userId,
            subjectUserId: row.author_id,
            client,
            metadata: { postId, flags: closed },
          },
          manager,
        );
      });
    }
    return privateReview ? this.reviewedPost(postId, actor) : this.posts.get(postId, actor);
  }

  /**
   * The post and how the actor stands towards it. A platform admin who may not read the thread can still hide or
   * dismiss a flagged message in a conversation (the private queue); anything else answers as the thread does.
   */
  private async target(
    postId: string,
    actor: Actor,
    action: ModeratePostRequest['action'],
  ): Promise<{ row: PostRow; subject: ThreadSubject; privateReview: boolean }> {
    try {
      const { row, context } = await this.posts.readPost(postId, actor);
      return { row, subject: context.subject, privateReview: false };
    } catch (error) {
      const reviewable = action !== 'restore' && isPlatformAdmin(actor) && (await this.flags.openInNoCommunity(postId));
      const row = reviewable ? await this.postRows.post(postId, actor.userId) : undefined;
      if (!row) throw error;
      return { row, subject: PRIVATE_REVIEWER, privateReview: true };
    }
  }

  private async reviewedPost(postId: string, actor: Actor): Promise<Post> {
    const row = await this.postRows.post(postId, actor.userId);
    if (!row) throw DomainError.notFound('That post');
    return toPost(row, true);
  }

  /**
   * Posts with open flags in a community's discussions, oldest report first (or the hidden posts, latest first), and
   * the posting limits members are held to.
   */
  async queue(slug: string, actor: Actor, view: ModerationQueueQuery['view'] = 'flagged'): Promise<ModerationQueue> {
    const community = await this.communities.require(slug, actor, 'manage');
    const id = community.community.id;
    const rows = await (view === 'hidden' ? this.flags.hidden(id, actor.userId) : this.flags.queue(id, actor.userId));
    return { items: rows.map((row) => queueItem(row, row.thread_title)), postingLimits: POSTING_LIMITS };
  }

  /**
   * Flagged messages in conversations, for platform admins only (403 for anyone else): each flagged message alone,
   * with its author and flags, never the conversation's title or other messages.
   */
  async privateQueue(actor: Actor): Promise<ModerationQueue> {
    if (!isPlatformAdmin(actor))
      throw new DomainError(ErrorCode.Forbidden, 'Only platform administrators review reported private messages.');
    const rows = await this.flags.queue(null, actor.userId);
    return { items: rows.map((row) => queueItem(row, '')), postingLimits: POSTING_LIMITS };
  }

  /** Open flags in a community (or, for null, in conversations), for the badges that count them. */
  openFlagCount(communityId: string | null): Promise<number> {
    return this.flags.openCount(communityId);
  }
}

function queueItem(row: FlagQueueRow, threadTitle: string): ModerationQueue['items'][number] {
  return {
    post: toPost(row, true),
    thread: { id: row.thread_id, title: threadTitle },
    flags: row.flags.map((f) => ({
      reason: f.reason as FlagPostRequest['reason'],
      note: f.note,
      flaggedBy: { id: f.flagger_id, displayName: f.flagger_name },
      createdAt: new Date(f.created_at).toISOString(),
    })),
    hidden:
      row.hidden_at && row.hidden_by_id && row.hidden_by_name
        ? {
            by: { id: row.hidden_by_id, displayName: row.hidden_by_name },
            at: row.hidden_at.toISOString(),
            reason: row.hidden_reason,
          }
        : null,
  };
}
