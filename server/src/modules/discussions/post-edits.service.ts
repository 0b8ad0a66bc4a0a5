import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, streams, type EditPostRequest, type Post, type PostRevision } from '@commonroom/contracts';
import { diffWords } from 'diff';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { AuditService } from '../audit';
import { UploadLinksService } from '../uploads';
import { postPolicy, threadPolicy } from './discussion.policy';
import { DiscussionPostsRepository } from './discussion-posts.repository';
import { DraftsRepository } from './drafts.repository';
import { PostCooker } from './post-cooker';
import { PostFlagsRepository } from './post-flags.repository';
import { toPost } from './post-view';
import { PostsService } from './posts.service';

/** Editing with a visible history, and soft deletion that a moderator can undo. */
@Injectable()
export class PostEditsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly repository: DiscussionPostsRepository,
    private readonly flags: PostFlagsRepository,
    private readonly cooker: PostCooker,
    private readonly publisher: StreamPublisher,
    private readonly audit: AuditService,
    private readonly drafts: DraftsRepository,
    private readonly outbox: OutboxService,
    private readonly uploadLinks: UploadLinksService,
  ) {}

  /**
   * Saves a new revision. The first edit also stores the original as revision 1, so unedited
   * posts cost nothing extra. An edit based on an older revision than the current one is refused
   * rather than silently overwriting someone else's change. Mentions and files are linked again
   * by the same rules as a new post's.
   */
  async edit(postId: string, actor: Actor, body: EditPostRequest, client: ClientInfo): Promise<Post> {
    const { row, context } = await this.posts.readPost(postId, actor);
    const subject = this.posts.postSubject(context, row, actor);
    requireAbility(postPolicy, 'edit', subject, 'You can edit your own posts while the discussion is open.');
    const cooked = await this.cooker.cook(body.raw);
    await this.posts.enforceNewMemberLimits(actor, context.subject.moderator, cooked);

    const envelope = await this.dataSource.transaction(async (manager) => {
      const before = await this.repository.lockForEdit(manager, postId);
      if (!before) throw DomainError.notFound('That post');
      if (before.revision !== body.baseRevision) {
        throw new DomainError(
          ErrorCode.Conflict,
          'Someone changed this post while you were editing. Copy your text, reload, and edit again.',
        );
      }
      if (before.raw === body.raw) return undefined;
      await this.repository.saveRevision(manager, {
        postId,
        before,
        raw: body.raw,
        html: cooked.html,
        editorId: actor.userId,
      });
      await this.repository.linkMentions(manager, postId, cooked.mentionIds, true);
      // The post's author, not the editor, decides which files it may show (only their own).
      await this.uploadLinks.linkPost(
        manager,
        { postId, authorId: row.author_id, communityId: context.thread.community_id },
        cooked.uploadIds,
        { replace: true },
      );
      await this.outbox.record(manager, 'discussion.post_changed', { postId, threadId: row.thread_id });
      if (actor.userId !== row.author_id) {
        await this.auditModeration(manager, 'moderation.post_edited', actor, client, {
          postId,
          threadId: row.thread_id,
          authorId: row.author_id,
        });
      }
      const edited = await this.repository.post(postId, null, manager);
      return this.publisher.record(manager, streams.thread(row.thread_id), 'post.edited', {
        post: toPost(edited!, false),
      });
    });
    if (envelope) this.publisher.deliver(envelope);
    await this.drafts.remove(actor.userId, `edit:${postId}`);
    return this.posts.get(postId, actor);
  }

  /** Soft-deletes a post: its number and place stay, its text is kept for moderators. */
  async remove(postId: string, actor: Actor, client: ClientInfo): Promise<void> {
    const { row, context } = await this.posts.readPost(postId, actor);
    const subject = this.posts.postSubject(context, row, actor);
    requireAbility(postPolicy, 'delete', subject, 'You can delete only your own posts.');
    if (row.number === 1 && !subject.moderator) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'The opening post holds the discussion together. Edit it, or ask a facilitator to remove the whole discussion.',
      );
    }
    await this.setRemoved({ threadId: row.thread_id, postId, authorId: row.author_id }, actor, client, {
      state: 'deleted',
      reason: null,
    });
  }

  /**
   * Hides (with the facilitator's reason, which the audit log keeps) or deletes in one transaction with its live
   * event and, for moderators, an audit entry.
   */
  async setRemoved(
    post: { threadId: string; postId: string; authorId: string },
    actor: Actor,
    client: ClientInfo,
    removal: { state: 'hidden' | 'deleted'; reason: string | null },
  ): Promise<void> {
    const { threadId, postId, authorId } = post;
    const { state, reason } = removal;
    const envelope = await this.dataSource.transaction(async (manager) => {
      const number = await this.repository.markRemoved(manager, postId, { state, byId: actor.userId, reason });
      if (number === undefined) return undefined;
      await this.outbox.record(manager, 'discussion.post_changed', { postId, threadId });
      if (state === 'hidden') {
        await this.flags.resolveOpen(manager, postId, 'upheld', actor.userId);
      }
      if (actor.userId !== authorId) {
        const moderated = { postId, threadId, action: state, byUserId: actor.userId };
        await this.outbox.record(manager, 'discussion.post_moderated', moderated);
      }
      if (actor.userId !== authorId || state === 'hidden') {
        const audited = { postId, threadId, authorId, ...(reason ? { reason } : {}) };
        await this.auditModeration(manager, `moderation.post_${state}`, actor, client, audited);
      }
      return this.publisher.record(manager, streams.thread(threadId), 'post.removed', { postId, number, state });
    });
    if (envelope) this.publisher.deliver(envelope);
  }

  /** Moderators bring back a hidden or deleted post; open flags on it are dismissed. */
  async restore(postId: string, actor: Actor, client: ClientInfo): Promise<Post> {
    const { row, context } = await this.posts.readPost(postId, actor);
    requireAbility(postPolicy, 'restore', this.posts.postSubject(context, row, actor));
    const envelope = await this.dataSource.transaction(async (manager) => {
      const restored = await this.repository.restore(manager, postId);
      await this.flags.resolveOpen(manager, postId, 'dismissed', actor.userId);
      if (!restored) return undefined;
      await this.outbox.record(manager, 'discussion.post_changed', { postId, threadId: row.thread_id });
      if (actor.userId !== row.author_id) {
        const moderated = { postId, threadId: row.thread_id, action: 'restored' as const, byUserId: actor.userId };
        await this.outbox.record(manager, 'discussion.post_moderated', moderated);
      }
      await this.auditModeration(manager, 'moderation.post_restored', actor, client, {
        postId,
        threadId: row.thread_id,
        authorId: row.author_id,
      });
      const post = await this.repository.post(postId, null, manager);
      return this.publisher.record(manager, streams.thread(row.thread_id), 'post.restored', {
        post: toPost(post!, false),
      });
    });
    if (envelope) this.publisher.deliver(envelope);
    return this.posts.get(postId, actor);
  }

  /** Every revision, newest last, each with its word-level changes from the one before. */
  async revisions(postId: string, actor: Actor | undefined): Promise<{ items: PostRevision[] }> {
    const { row, context } = await this.posts.readPost(postId, actor);
    const subject = this.posts.postSubject(context, row, actor);
    if (subject.postState !== 'visible' && !threadPolicy.seeRemovedText(subject))
      throw DomainError.notFound('That post');
    const rows = await this.repository.revisions(postId);
    if (rows.length === 0) {
      rows.push({
        revision: 1,
        raw: (await this.repository.raw(postId)) ?? '',
        created_at: row.created_at,
        editor_id: row.author_id,
        editor_name: row.author_name,
      });
    }
    return {
      items: rows.map((r, i) => ({
        revision: r.revision,
        editor: { id: r.editor_id, displayName: r.editor_name },
        createdAt: r.created_at.toISOString(),
        raw: r.raw,
        diff:
          i === 0
            ? []
            : diffWords(rows[i - 1]!.raw, r.raw).map((part) => ({
                kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
                text: part.value,
              })),
      })),
    };
  }

  /** A moderator's action on someone's post, in the audit log (ids and a hiding reason, never the post's text). */
  private auditModeration(
    manager: EntityManager,
    action: string,
    actor: Actor,
    client: ClientInfo,
    post: { postId: string; threadId: string; authorId: string; reason?: string },
  ): Promise<void> {
    const { postId, threadId, authorId, reason } = post;
    const entry = {
      action,
      actorUserId: actor.userId,
      subjectUserId: authorId,
      client,
      metadata: reason ? { postId, threadId, reason } : { postId, threadId },
    };
    return this.audit.record(entry, manager);
  }
}
