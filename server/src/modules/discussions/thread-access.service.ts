import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { streams, type CommunityTool, type WatchLevel } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { CommunityAccessService, type CommunityContext } from '../communities/community-access.service';
import { communityPolicy } from '../communities/community.policy';
import { threadPolicy, type ThreadAction, type ThreadSubject } from './discussion.policy';
import type { ThreadKind } from './discussion-thread.entity';

/** The community tool each kind of thread lives in: switching the tool off hides its threads. */
const TOOL_OF_KIND: Record<ThreadKind, CommunityTool> = { forum: 'forum' };

export interface ThreadRow {
  id: string;
  kind: ThreadKind;
  community_id: string;
  author_id: string;
  author_name: string;
  title: string;
  tags: string[];
  post_count: number;
  created_at: Date;
  last_post_at: Date;
  last_poster_id: string;
  last_poster_name: string;
  pinned_at: Date | null;
  locked_at: Date | null;
  accepted_post_id: string | null;
  deleted_at: Date | null;
  stream_seq: string | null;
  last_read_number: number | null;
  watch_level: WatchLevel | null;
}

/** A thread as one viewer sees it. */
export interface ThreadContext {
  thread: ThreadRow;
  community: CommunityContext;
  subject: ThreadSubject;
  actor: Actor | undefined;
}

/**
 * Resolves a thread for a viewer in two indexed queries (the thread with the viewer's reading
 * state, then the community), applying the community's rules and the thread policy. Every
 * thread and post route goes through here, so what the viewer may not read answers 404.
 */
@Injectable()
export class ThreadAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communities: CommunityAccessService,
  ) {}

  async read(threadId: string, actor: Actor | undefined): Promise<ThreadContext> {
    const rows: ThreadRow[] = await this.dataSource.query(
      `SELECT t.id, t.kind, t.community_id, t.author_id, a.display_name AS author_name, t.title, t.tags, t.post_count, t.created_at,
              t.last_post_at, t.last_poster_id, lp.display_name AS last_poster_name, t.pinned_at, t.locked_at, t.accepted_post_id,
              t.deleted_at, sh.seq AS stream_seq, r.last_read_number, r.level AS watch_level
         FROM discussion_threads t
         JOIN users a ON a.id = t.author_id
         JOIN users lp ON lp.id = t.last_poster_id
         LEFT JOIN stream_heads sh ON sh.stream = $3
         LEFT JOIN thread_readers r ON r.thread_id = t.id AND r.user_id = $2
        WHERE t.id = $1`,
      [threadId, actor?.userId ?? null, streams.thread(threadId)],
    );
    const thread = rows[0];
    if (!thread) throw DomainError.notFound('That discussion');
    const community = await this.communities.seeById(thread.community_id, actor).catch(() => {
      throw DomainError.notFound('That discussion');
    });
    const { subject: c } = community;
    const subject: ThreadSubject = {
      canReadCommunity: community.community.tools.includes(TOOL_OF_KIND[thread.kind]) && communityPolicy.read(c),
      member: c.role !== null,
      moderator: c.role === 'facilitator' || c.platformAdmin,
      signedIn: c.signedIn,
      isThreadAuthor: actor !== undefined && actor.userId === thread.author_id,
      locked: thread.locked_at !== null,
      deleted: thread.deleted_at !== null,
    };
    if (!threadPolicy.read(subject)) throw DomainError.notFound('That discussion');
    return { thread, community, subject, actor };
  }

  /** Reads the thread, then requires the action (403 when readable but not allowed). */
  async require(threadId: string, actor: Actor | undefined, action: ThreadAction, message?: string): Promise<ThreadContext> {
    const context = await this.read(threadId, actor);
    requireAbility(threadPolicy, action, context.subject, message);
    return context;
  }

  /** For real-time subscriptions: whether the viewer may read the thread, without throwing. */
  async canRead(threadId: string, actor: Actor | undefined): Promise<boolean> {
    return this.read(threadId, actor).then(
      () => true,
      () => false,
    );
  }
}
