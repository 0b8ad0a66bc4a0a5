import { Injectable } from '@nestjs/common';
import type { CommunityTool, ThreadTeaser } from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import { requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { CommunityAccessService, communityPolicy, type CommunityContext } from '../communities';
import { threadPolicy, type ThreadAction, type ThreadSubject } from './discussion.policy';
import { DiscussionThreadsRepository, type ThreadRow } from './discussion-threads.repository';
import type { DiscussionType } from './discussion-thread.entity';
import { DiscussionTypeRegistry } from './discussion-type-registry';

export type { ThreadRow } from './discussion-threads.repository';

/** The community tool each community-held discussion type lives in: switching the tool off hides its threads. */
const TOOL_OF_TYPE: Partial<Record<DiscussionType, CommunityTool>> = { forum: 'forum' };

/** A thread as one viewer sees it. */
export interface ThreadContext {
  thread: ThreadRow;
  /** Null for a thread in no community (a conversation), whose type decided access. */
  community: CommunityContext | null;
  subject: ThreadSubject;
  actor: Actor | undefined;
}

/**
 * Resolves a thread for a viewer in two indexed queries (the thread with the viewer's reading
 * state, then the community), applying the community's rules and the thread policy. A type whose
 * threads are in no community (conversations) answers the second step with its own `access` hook
 * (ADR 0014). Every thread and post route goes through here, so what the viewer may not read answers 404.
 */
@Injectable()
export class ThreadAccessService {
  constructor(
    private readonly repository: DiscussionThreadsRepository,
    private readonly communities: CommunityAccessService,
    private readonly types: DiscussionTypeRegistry,
  ) {}

  async read(threadId: string, actor: Actor | undefined): Promise<ThreadContext> {
    const thread = await this.repository.findForViewer(threadId, actor?.userId ?? null);
    if (!thread) throw DomainError.notFound('That discussion');
    const context =
      thread.community_id === null
        ? await this.byType(thread, actor)
        : await this.inCommunity(thread, thread.community_id, actor);
    if (!context || !threadPolicy.read(context.subject)) throw DomainError.notFound('That discussion');
    return context;
  }

  private async byType(thread: ThreadRow, actor: Actor | undefined): Promise<ThreadContext | null> {
    const subject = await this.types.accessOf(thread.type)?.(thread, actor);
    return subject ? { thread, community: null, subject, actor } : null;
  }

  private async inCommunity(
    thread: ThreadRow,
    communityId: string,
    actor: Actor | undefined,
  ): Promise<ThreadContext | null> {
    const tool = TOOL_OF_TYPE[thread.type];
    const community = await this.communities.seeById(communityId, actor).catch(() => null);
    if (!community || !tool) return null;
    const { subject: c } = community;
    const subject: ThreadSubject = {
      canReadCommunity: community.community.tools.includes(tool) && communityPolicy.read(c),
      member: c.role !== null,
      moderator: c.role === 'facilitator' || c.platformAdmin,
      signedIn: c.signedIn,
      isThreadAuthor: actor !== undefined && actor.userId === thread.author_id,
      locked: thread.locked_at !== null,
      deleted: thread.deleted_at !== null,
    };
    return { thread, community, subject, actor };
  }

  /** Reads the thread, then requires the action (403 when readable but not allowed). */
  async require(
    threadId: string,
    actor: Actor | undefined,
    action: ThreadAction,
    message?: string,
  ): Promise<ThreadContext> {
    const context = await this.read(threadId, actor);
    requireAbility(threadPolicy, action, context.subject, message);
    return context;
  }

  /**
   * A thread's title and community for someone who may see the community but not read it (a
   * shared link, signed out): enough to say what the link is and offer sign-in (ADR 0015).
   * Hidden communities, switched-off tools and removed threads answer 404 as everywhere.
   */
  async teaser(threadId: string, actor: Actor | undefined): Promise<ThreadTeaser> {
    const thread = await this.repository.findForViewer(threadId, actor?.userId ?? null);
    // Only community threads have a teaser: a conversation's title is for its participants alone.
    const context = thread?.community_id ? await this.inCommunity(thread, thread.community_id, actor) : null;
    const community = context?.community?.community;
    const tool = thread && TOOL_OF_TYPE[thread.type];
    if (!thread || !community || !tool || thread.deleted_at || !community.tools.includes(tool))
      throw DomainError.notFound('That discussion');
    return { title: thread.title, community: { slug: community.slug, name: community.name } };
  }

  /** For real-time subscriptions: whether the viewer may read the thread, without throwing. */
  async canRead(threadId: string, actor: Actor | undefined): Promise<boolean> {
    return this.read(threadId, actor).then(
      () => true,
      () => false,
    );
  }
}
