import { Injectable } from '@nestjs/common';
import {
  POSTS_PER_PAGE,
  type CreatePostRequest,
  type Post,
  type PostPage,
  type PostPageQuery,
} from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import type { CookedContent } from '../../infrastructure/content/cook-markdown';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { threadPolicy, type PostSubject } from './discussion.policy';
import { DiscussionPostsRepository } from './discussion-posts.repository';
import { DiscussionWriter } from './discussion-writer';
import { postState, toPost, type PostRow } from './post-view';
import { ThreadAccessService, type ThreadContext } from './thread-access.service';

/** Reading pages of posts and adding replies. */
@Injectable()
export class PostsService {
  constructor(
    private readonly threads: ThreadAccessService,
    private readonly repository: DiscussionPostsRepository,
    private readonly writer: DiscussionWriter,
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
   * Adds a reply through the engine's one write path. With an idempotency key, a retry (or a
   * second click racing the first) gets the first reply back instead of creating another.
   */
  async reply(threadId: string, actor: Actor, body: CreatePostRequest, key: string | undefined): Promise<Post> {
    const context = await this.threads.require(
      threadId,
      actor,
      'reply',
      'Only members can reply here, and not while the discussion is locked.',
    );
    const published = await this.writer.publish({
      actor,
      raw: body.raw,
      thread: { id: threadId, replyToPostId: body.replyToPostId },
      idempotencyKey: key,
      draftKey: `reply:${threadId}`,
      moderator: context.subject.moderator,
    });
    return published.replayed ? this.get(published.resourceId, actor) : published.post;
  }

  /** Edits obey the same new-member limits as new posts (the writer holds the rule). */
  enforceNewMemberLimits(actor: Actor, moderator: boolean, cooked: CookedContent): Promise<void> {
    return this.writer.enforceNewMemberLimits(actor, moderator, cooked);
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
}
