import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type FlagPostRequest,
  type ModerationAction,
  type ModerationQueue,
  type Post,
} from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { AuditService } from '../audit';
import { CommunityAccessService } from '../communities';
import { postPolicy, threadPolicy } from './discussion.policy';
import { PostEditsService } from './post-edits.service';
import { PostFlagsRepository } from './post-flags.repository';
import { toPost } from './post-view';
import { POSTING_LIMITS } from './posting-limits';
import { PostsService } from './posts.service';

/** Flags from readers, and the facilitators' queue to act on them. Every action is audited. */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly edits: PostEditsService,
    private readonly communities: CommunityAccessService,
    private readonly audit: AuditService,
    private readonly flags: PostFlagsRepository,
  ) {}

  /** Reports a post; flagging the same post twice keeps the first report. */
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

  /** Hide (upholds the flags), restore (clears them) or dismiss (the post stays, the flags close). */
  async act(postId: string, actor: Actor, action: ModerationAction, client: ClientInfo): Promise<Post> {
    const { row, context } = await this.posts.readPost(postId, actor);
    requireAbility(threadPolicy, 'moderate', context.subject, 'Only facilitators can moderate posts.');
    if (action === 'hide') await this.edits.setRemoved(row.thread_id, postId, actor, client, 'hidden', row.author_id);
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
    return this.posts.get(postId, actor);
  }

  /**
   * Posts with open flags in a community's discussions, oldest report first, and the posting limits members are held
   * to.
   */
  async queue(slug: string, actor: Actor): Promise<ModerationQueue> {
    const community = await this.communities.require(slug, actor, 'manage');
    const rows = await this.flags.queue(community.community.id, actor.userId);
    return {
      items: rows.map((row) => ({
        post: toPost(row, true),
        thread: { id: row.thread_id, title: row.thread_title },
        flags: row.flags.map((f) => ({
          reason: f.reason as FlagPostRequest['reason'],
          note: f.note,
          flaggedBy: { id: f.flagger_id, displayName: f.flagger_name },
          createdAt: new Date(f.created_at).toISOString(),
        })),
      })),
      postingLimits: POSTING_LIMITS,
    };
  }

  /** Open flags in a community, for the forum index badge. */
  openFlagCount(communityId: string): Promise<number> {
    return this.flags.openCount(communityId);
  }
}
