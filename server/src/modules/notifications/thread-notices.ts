import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationKind } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainEventHandlers } from '../../infrastructure/events/domain-event-handlers';
import { NotificationFactsRepository, type PostFacts } from './notification-facts.repository';
import {
  effectiveLevel,
  groupKeyFor,
  noticeKindFor,
  quotedPostNumbers,
  strongestRelation,
  type ThreadEvent,
} from './notification-rules';
import { NotificationsRepository } from './notifications.repository';
import { Notifier } from './notifier';

/**
 * Turns the discussion engine's outbox events into notices, after the post committed (ADR 0017).
 * Threads in no community (conversations) have their own unread list and get no notices here.
 * Redelivery is harmless: each handler records the event's id in the inbox, in the transaction of
 * its notices, and does nothing for an id it already has.
 */
@Injectable()
export class ThreadNotices implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handlers: DomainEventHandlers,
    private readonly facts: NotificationFactsRepository,
    private readonly notifier: Notifier,
    private readonly notices: NotificationsRepository,
  ) {}

  onModuleInit(): void {
    this.handlers.subscribe('discussion.post_published', ({ id, payload }) => this.published(id, payload.postId));
    this.handlers.subscribe('discussion.reaction_added', ({ id, payload }) =>
      this.aboutPost(id, payload.postId, 'reaction', payload.userId),
    );
    this.handlers.subscribe('discussion.answer_accepted', ({ id, payload }) =>
      this.aboutPost(id, payload.postId, 'answer_accepted', payload.byUserId),
    );
    this.handlers.subscribe('discussion.post_moderated', ({ id, payload }) =>
      this.aboutPost(id, payload.postId, 'moderated', payload.byUserId),
    );
  }

  /** A new post: mentioned, quoted and replied-to people, and watchers at their level. */
  async published(eventId: string, postId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.notices.firstDelivery(manager, eventId))) return;
      const post = await this.facts.post(postId, manager);
      if (!post || !post.visible || !post.community_id) return;
      const mentioned = new Set(await this.facts.mentioned(manager, postId));
      const quoted = new Set(await this.facts.authorsOf(manager, post.thread_id, quotedPostNumbers(post.raw)));
      const extra = [...mentioned, ...quoted, ...(post.reply_to_author_id ? [post.reply_to_author_id] : [])];
      const thread = { threadId: post.thread_id, communityId: post.community_id };
      const candidates = await this.facts.candidates(manager, thread, post.author_id, extra);
      const event: ThreadEvent = post.number === 1 ? 'new_thread' : 'new_post';
      const byKind = new Map<NotificationKind, string[]>();
      for (const c of candidates) {
        const relation = strongestRelation({
          mentioned: mentioned.has(c.user_id),
          quoted: quoted.has(c.user_id),
          repliedTo: post.reply_to_author_id === c.user_id,
        });
        const kind = noticeKindFor(effectiveLevel(c.thread_level, c.category_level), event, relation);
        if (!kind) continue;
        // Pushed, not copied: an announcement to a 40,000-member community has 40,000 candidates.
        const ids = byKind.get(kind);
        if (ids) ids.push(c.user_id);
        else byKind.set(kind, [c.user_id]);
      }
      for (const [kind, userIds] of byKind) await this.send(manager, post, kind, userIds, post.author_id);
    });
  }

  /** A reaction, an accepted answer or a moderator's action: the post's author hears of it. */
  async aboutPost(eventId: string, postId: string, event: ThreadEvent, actorId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.notices.firstDelivery(manager, eventId))) return;
      const post = await this.facts.post(postId, manager);
      if (!post || !post.community_id || post.author_id === actorId) return;
      if (event !== 'moderated' && !post.visible) return;
      const thread = { threadId: post.thread_id, communityId: post.community_id };
      const [candidate] = (await this.facts.candidates(manager, thread, actorId, [post.author_id])).filter(
        (c) => c.user_id === post.author_id,
      );
      if (!candidate) return;
      const kind = noticeKindFor(
        effectiveLevel(candidate.thread_level, candidate.category_level),
        event,
        'post_author',
      );
      // Who moderated is not named: the notice says what happened to the post, not by whom.
      if (kind) await this.send(manager, post, kind, [post.author_id], event === 'moderated' ? null : actorId);
    });
  }

  private send(
    manager: EntityManager,
    post: PostFacts,
    kind: NotificationKind,
    userIds: string[],
    actorId: string | null,
  ) {
    return this.notifier.notify(manager, {
      userIds,
      kind,
      groupKey: groupKeyFor(kind, { threadId: post.thread_id, postId: post.post_id }),
      actorId,
      communityId: post.community_id,
      threadId: post.thread_id,
      postId: post.post_id,
      postNumber: post.number,
      sensitive: post.sensitive,
    });
  }
}
