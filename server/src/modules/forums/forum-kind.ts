import { Injectable, type OnModuleInit } from '@nestjs/common';
import { streams, type StreamEnvelope } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import { returningRows } from '../../infrastructure/database/returning-rows';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { DiscussionKinds, type ThreadActivity } from '../discussions/discussion-kinds';

/**
 * What a forum adds when its threads change: the listing order and the category's counts, and
 * a community event so open forum pages can show new activity.
 */
@Injectable()
export class ForumKind implements OnModuleInit {
  constructor(
    private readonly kinds: DiscussionKinds,
    private readonly publisher: StreamPublisher,
  ) {}

  onModuleInit(): void {
    this.kinds.register('forum', { afterPost: (manager, activity) => this.afterPost(manager, activity) });
  }

  async afterPost(manager: EntityManager, activity: ThreadActivity): Promise<StreamEnvelope[]> {
    const rows = returningRows<{ category_id: string }>(await manager.query(
      `WITH f AS (UPDATE forum_threads SET last_post_at = $2 WHERE thread_id = $1 RETURNING category_id)
       UPDATE forum_categories c SET post_count = c.post_count + $3, last_activity_at = GREATEST(c.last_activity_at, $2)
         FROM f WHERE c.id = f.category_id RETURNING c.id AS category_id`,
      [activity.threadId, activity.lastPostAt, activity.postDelta],
    ));
    const categoryId = rows[0]?.category_id;
    if (!categoryId) return [];
    return [
      await this.publisher.record(manager, streams.community(activity.communityId), 'forum.thread_activity', {
        threadId: activity.threadId,
        categoryId,
        title: activity.title,
        postCount: activity.postCount,
        lastPostAt: activity.lastPostAt.toISOString(),
        lastPoster: activity.lastPoster,
      }),
    ];
  }
}
