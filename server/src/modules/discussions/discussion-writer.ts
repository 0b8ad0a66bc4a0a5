import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { streams, type Post, type StreamEnvelope } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import type { CookedContent } from '../../infrastructure/content/cook-markdown';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { IdempotencyService } from '../../infrastructure/idempotency/idempotency.service';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { UploadLinksService } from '../uploads';
import { DiscussionPostsRepository, type ReplyTarget } from './discussion-posts.repository';
import { DiscussionThreadsRepository } from './discussion-threads.repository';
import { DiscussionTypeRegistry, type StartedThread } from './discussion-type-registry';
import { DraftsRepository } from './drafts.repository';
import { NEW_MEMBER_LIMITS, newMemberLimitBreach } from './new-member-limits';
import { PostCooker } from './post-cooker';
import { PostingLimiter } from './posting-limiter';

/** A new thread: the engine's row, plus the details its type's `startThread` hook needs. */
export interface ThreadToStart {
  start: Omit<StartedThread, 'threadId' | 'authorId'>;
  details: unknown;
}

/** One post to publish, as a reply to a thread (`{ id }`) or as the opening post of a new one. */
export interface Publication {
  actor: Actor;
  raw: string;
  thread: { id: string; replyToPostId?: string } | ThreadToStart;
  /** The client's Idempotency-Key: a retry, or a second click racing the first, gets the first result back. */
  idempotencyKey: string | undefined;
  /** The draft the text came from, removed in the same transaction. */
  draftKey: string;
  /** Facilitators and admins: exempt from new-member and posting limits, and may post in a locked thread. */
  moderator: boolean;
}

/** What was published, or the id the first request with the same key created (a thread's or a reply's). */
export type Published = { replayed: false; threadId: string; post: Post } | { replayed: true; resourceId: string };

/**
 * The one write path for posts, shared by every discussion type. Cook (with the mentioned people's
 * current names) and check the new-member caps; then in one transaction: claim the idempotency
 * key → count the post against its author's posting limits (a replay is not counted) → (new
 * thread: the thread row, then the type's own row) → the post and its mentions → the uploads it
 * shows (the uploads module links only its author's own files) → outbox `discussion.post_changed`
 * → draft removal → `post.created` on the thread's stream → the type's `afterPost`; after commit,
 * deliver the stream events. A refused post leaves the draft as it was. Types supply hooks, never a copy of this.
 */
@Injectable()
export class DiscussionWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: DiscussionPostsRepository,
    private readonly threads: DiscussionThreadsRepository,
    private readonly types: DiscussionTypeRegistry,
    private readonly drafts: DraftsRepository,
    private readonly cooker: PostCooker,
    private readonly idempotency: IdempotencyService,
    private readonly outbox: OutboxService,
    private readonly publisher: StreamPublisher,
    private readonly limits: PostingLimiter,
    private readonly uploadLinks: UploadLinksService,
  ) {}

  async publish(publication: Publication): Promise<Published> {
    const cooked = await this.cooker.cook(publication.raw);
    await this.enforceNewMemberLimits(publication.actor, publication.moderator, cooked);
    const replyTo = await this.replyTarget(publication.thread);
    const { published, envelopes } = await this.dataSource.transaction((manager) =>
      this.write(manager, publication, cooked, replyTo),
    );
    this.publisher.deliver(...envelopes);
    return published;
  }

  /**
   * Starts a thread with no post yet, in the caller's transaction: the engine's row, then the
   * type's own (a conversation opened without a first message).
   */
  async open(manager: EntityManager, started: StartedThread, details: unknown): Promise<void> {
    await this.threads.insert(manager, started);
    await this.types.startThread(manager, started, details);
  }

  /** New members' posts are capped (links, mentions, images); the count is only read when a post goes over. */
  async enforceNewMemberLimits(actor: Actor, moderator: boolean, cooked: CookedContent): Promise<void> {
    const breach = newMemberLimitBreach(cooked);
    if (!breach || moderator) return;
    if (await this.posts.hasVisiblePosts(actor.userId, NEW_MEMBER_LIMITS.trustedAfterPosts)) return;
    throw DomainError.validation([{ path: 'body.raw', message: breach }]);
  }

  private async write(
    manager: EntityManager,
    publication: Publication,
    cooked: CookedContent,
    replyTo: ReplyTarget | null,
  ) {
    const { actor, thread } = publication;
    const starting = 'start' in thread;
    const claim = await this.idempotency.claim(
      manager,
      actor.userId,
      publication.idempotencyKey,
      starting ? 'thread.create' : 'post.create',
    );
    if (!claim.fresh)
      return {
        published: { replayed: true, resourceId: claim.resourceId } as Published,
        envelopes: [] as StreamEnvelope[],
      };
    await this.limits.admit(manager, actor.userId, publication.moderator);
    const threadId = starting ? claim.resourceId : thread.id;
    const postId = starting ? randomUUID() : claim.resourceId;
    if (starting) {
      await this.open(manager, { ...thread.start, threadId, authorId: actor.userId }, thread.details);
    }
    const added = await this.posts.addPost(
      manager,
      {
        id: postId,
        threadId,
        authorId: actor.userId,
        raw: publication.raw,
        cooked,
        replyToPostId: replyTo?.id ?? null,
      },
      publication.moderator,
    );
    if (!added) throw DomainError.notFound('That discussion');
    await this.uploadLinks.linkPost(
      manager,
      { postId, authorId: actor.userId, communityId: added.communityId },
      cooked.uploadIds,
    );
    await this.outbox.record(manager, 'discussion.post_changed', { postId, threadId });
    await this.outbox.record(manager, 'discussion.post_published', { postId, threadId });
    await this.drafts.remove(actor.userId, publication.draftKey, manager);
    const post: Post = {
      id: postId,
      threadId,
      number: added.number,
      author: { id: actor.userId, displayName: actor.displayName },
      html: cooked.html,
      state: 'visible',
      replyTo: replyTo ? { postId: replyTo.id, number: replyTo.number, author: replyTo.author } : null,
      createdAt: added.createdAt.toISOString(),
      editedAt: null,
      revision: 1,
      reactions: [],
      hiddenReason: null,
      flaggedByMe: false,
    };
    const activity = {
      threadId,
      communityId: added.communityId,
      type: added.type,
      title: added.title,
      postCount: added.number,
      lastPostAt: added.createdAt,
      lastPoster: post.author,
      postDelta: 1,
    };
    const envelopes = [
      await this.publisher.record(manager, streams.thread(threadId), 'post.created', { post }),
      ...(await this.types.afterPost(manager, activity)),
    ];
    return { published: { replayed: false, threadId, post } as Published, envelopes };
  }

  private async replyTarget(thread: Publication['thread']): Promise<ReplyTarget | null> {
    if ('start' in thread || !thread.replyToPostId) return null;
    const target = await this.posts.replyTarget(thread.id, thread.replyToPostId);
    if (!target)
      throw DomainError.validation([
        { path: 'body.replyToPostId', message: 'The post you replied to is not in this discussion.' },
      ]);
    return target;
  }
}
