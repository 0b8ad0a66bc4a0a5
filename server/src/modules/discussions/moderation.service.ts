import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type FlagPostRequest, type ModerationAction, type ModerationQueue, type Post } from '@commonroom/contracts';
import { returningRows } from '../../infrastructure/database/returning-rows';
import { DataSource } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { CommunityAccessService } from '../communities/community-access.service';
import { postPolicy, threadPolicy } from './discussion.policy';
import { PostEditsService } from './post-edits.service';
import { POST_JOINS, postColumns, toPost, type PostRow } from './post-view';
import { PostsService } from './posts.service';

interface QueueRow extends PostRow {
  thread_title: string;
  flags: { reason: string; note: string | null; flagger_id: string; flagger_name: string; created_at: string }[];
}

/** Flags from readers, and the facilitators' queue to act on them. Every action is audited. */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly edits: PostEditsService,
    private readonly communities: CommunityAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Reports a post; flagging the same post twice keeps the first report. */
  async flag(postId: string, actor: Actor, body: FlagPostRequest, client: ClientInfo): Promise<void> {
    const { row, context } = await this.posts.readPost(postId, actor);
    requireAbility(postPolicy, 'flag', this.posts.postSubject(context, row, actor), 'You cannot flag this post.');
    await this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        'INSERT INTO post_flags (post_id, flagger_id, reason, note) VALUES ($1, $2, $3, $4) ON CONFLICT (post_id, flagger_id) DO NOTHING RETURNING id',
        [postId, actor.userId, body.reason, body.note ?? null],
      );
      // The note is the flagger's words about someone else's post: it stays out of the audit log.
      if (inserted.length > 0) {
        await this.audit.record({ action: 'moderation.post_flagged', actorUserId: actor.userId, subjectUserId: row.author_id, client, metadata: { postId, reason: body.reason } }, manager);
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
        const closed = returningRows(await manager.query(
          `UPDATE post_flags SET status = 'dismissed', resolved_at = now(), resolved_by_id = $2 WHERE post_id = $1 AND status = 'open' RETURNING id`,
          [postId, actor.userId],
        ));
        if (closed.length === 0) throw new DomainError(ErrorCode.Conflict, 'There are no open flags on this post.');
        await this.audit.record({ action: 'moderation.flags_dismissed', actorUserId: actor.userId, subjectUserId: row.author_id, client, metadata: { postId, flags: closed.length } }, manager);
      });
    }
    return this.posts.get(postId, actor);
  }

  /** Posts with open flags in a community's discussions, oldest report first. */
  async queue(slug: string, actor: Actor): Promise<ModerationQueue> {
    const community = await this.communities.require(slug, actor, 'manage');
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT ${postColumns('$2')}, t.title AS thread_title, f.flags
         FROM (SELECT fl.post_id, min(fl.created_at) AS first_at,
                      json_agg(json_build_object('reason', fl.reason, 'note', fl.note, 'flagger_id', fl.flagger_id, 'flagger_name', u.display_name, 'created_at', fl.created_at) ORDER BY fl.created_at) AS flags
                 FROM post_flags fl JOIN users u ON u.id = fl.flagger_id WHERE fl.status = 'open' GROUP BY fl.post_id) f
         JOIN discussion_posts p ON p.id = f.post_id
         JOIN discussion_threads t ON t.id = p.thread_id AND t.community_id = $1
         ${POST_JOINS}
        ORDER BY f.first_at LIMIT 100`,
      [community.community.id, actor.userId],
    );
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
    };
  }

  /** Open flags in a community, for the forum index badge. */
  async openFlagCount(communityId: string): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(DISTINCT fl.post_id)::int AS n FROM post_flags fl JOIN discussion_posts p ON p.id = fl.post_id
         JOIN discussion_threads t ON t.id = p.thread_id WHERE fl.status = 'open' AND t.community_id = $1`,
      [communityId],
    );
    return rows[0]?.n ?? 0;
  }
}
