import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { POSTS_PER_PAGE, streams, type CreatePostRequest, type Post, type PostPage, type PostPageQuery, type StreamEnvelope } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { ContentCooker } from '../../infrastructure/content/content-cooker.service';
import type { CookedContent } from '../../infrastructure/content/cook-markdown';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { IdempotencyService } from '../../infrastructure/idempotency/idempotency.service';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { DiscussionKinds } from './discussion-kinds';
import { threadPolicy, type PostSubject } from './discussion.policy';
import { DiscussionsRepository } from './discussions.repository';
import { DraftsService } from './drafts.service';
import { NEW_MEMBER_LIMITS, newMemberLimitBreach } from './new-member-limits';
import { postState, toPost, type PostRow } from './post-view';
import { ThreadAccessService, type ThreadContext } from './thread-access.service';

/** Reading pages of posts and adding replies. */
@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadAccessService,
    private readonly repository: DiscussionsRepository,
    private readonly cooker: ContentCooker,
    private readonly idempotency: IdempotencyService,
    private readonly publisher: StreamPublisher,
    private readonly kinds: DiscussionKinds,
    private readonly drafts: DraftsService,
    private readonly outbox: OutboxService,
  ) {}

  /** A page of posts: page N holds post numbers (N-1)×20+1 … N×20, so any page costs the same. */
  async page(threadId: string, actor: Actor | undefined, query: PostPageQuery): Promise<PostPage> {
    const context = await this.threads.read(threadId, actor);
    const total = context.thread.post_count;
    const pageCount = Math.max(1, Math.ceil(total / POSTS_PER_PAGE));
    const wanted = query.near !== undefined ? Math.ceil(query.near / POSTS_PER_PAGE) : (query.page ?? 1);
    const page = Math.min(Math.max(1, wanted), pageCount);
    const from = (page - 1) * POSTS_PER_PAGE + 1;
    const rows = await this.repository.page(threadId, from, from + POSTS_PER_PAGE - 1, actor?.userId ?? null);
    const seeRemoved = threadPolicy.seeRemovedText(context.subject);
    return { items: rows.map((row) => toPost(row, seeRemoved)), page, pageSize: POSTS_PER_PAGE, total, pageCount };
  }

  async get(postId: string, actor: Actor | undefined): Promise<Post> {
    const { row, context } = await this.readPost(postId, actor);
    return toPost(row, threadPolicy.seeRemovedText(context.subject));
  }

  /**
   * Adds a reply. With an idempotency key, a retry (or a second click racing the first) gets
   * the first reply back instead of creating another.
   */
  async reply(threadId: string, actor: Actor, body: CreatePostRequest, key: string | undefined): Promise<Post> {
    const context = await this.threads.require(threadId, actor, 'reply', 'Only members can reply here, and not while the discussion is locked.');
    const cooked = this.cooker.cook(body.raw);
    await this.enforceNewMemberLimits(actor, context.subject.moderator, cooked);
    const replyTo = body.replyToPostId ? await this.replyTarget(threadId, body.replyToPostId) : null;

    const outcome = await this.dataSource.transaction(async (manager) => {
      const claim = await this.idempotency.claim(manager, actor.userId, key, 'post.create');
      if (!claim.fresh) return { postId: claim.resourceId, envelopes: [] as StreamEnvelope[] };
      const added = await this.repository.addPost(
        manager,
        { id: claim.resourceId, threadId, authorId: actor.userId, raw: body.raw, cooked, replyToPostId: replyTo?.id ?? null },
        context.subject.moderator,
      );
      if (!added) throw DomainError.notFound('That discussion');
      await this.outbox.record(manager, 'discussion.post_changed', { postId: claim.resourceId, threadId });
      await this.drafts.remove(actor.userId, `reply:${threadId}`, manager);
      const post: Post = {
        id: claim.resourceId,
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
      };
      const envelopes = [
        await this.publisher.record(manager, streams.thread(threadId), 'post.created', { post }),
        ...(await this.kinds.afterPost(manager, {
          threadId,
          communityId: added.communityId,
          kind: added.kind,
          title: added.title,
          postCount: added.number,
          lastPostAt: added.createdAt,
          lastPoster: post.author,
          postDelta: 1,
        })),
      ];
      return { postId: claim.resourceId, post, envelopes };
    });
    this.publisher.deliver(...outcome.envelopes);
    return 'post' in outcome && outcome.post ? outcome.post : this.get(outcome.postId, actor);
  }

  /** New members' posts are capped (links, mentions, images); the count is only read when a post goes over. */
  async enforceNewMemberLimits(actor: Actor, moderator: boolean, cooked: CookedContent): Promise<void> {
    const breach = newMemberLimitBreach(cooked);
    if (!breach || moderator) return;
    if (await this.repository.hasVisiblePosts(actor.userId, NEW_MEMBER_LIMITS.trustedAfterPosts)) return;
    throw DomainError.validation([{ path: 'body.raw', message: breach }]);
  }

  /** A post with the thread it belongs to, as the viewer may see it (404 otherwise). */
  async readPost(postId: string, actor: Actor | undefined): Promise<{ row: PostRow; context: ThreadContext }> {
    const located = await this.repository.locate(postId);
    if (!located) throw DomainError.notFound('That post');
    const context = await this.threads.read(located.thread_id, actor);
    const row = await this.repository.post(postId, actor?.userId ?? null);
    if (!row) throw DomainError.notFound('That post');
    return { row, context };
  }

  postSubject(context: ThreadContext, row: PostRow, actor: Actor | undefined): PostSubject {
    return { ...context.subject, isPostAuthor: actor?.userId === row.author_id, postState: postState(row) };
  }

  private async replyTarget(threadId: string, postId: string) {
    const rows: { id: string; number: number; author_id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT p.id, p.number, p.author_id, u.display_name FROM discussion_posts p JOIN users u ON u.id = p.author_id
        WHERE p.id = $1 AND p.thread_id = $2`,
      [postId, threadId],
    );
    const row = rows[0];
    if (!row) throw DomainError.validation([{ path: 'body.replyToPostId', message: 'The post you replied to is not in this discussion.' }]);
    return { id: row.id, number: row.number, author: { id: row.author_id, displayName: row.display_name } };
  }
}
