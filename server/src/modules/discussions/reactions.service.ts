import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { streams, type Reaction, type ReactionCount, type ReactionsResult } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import { returningRows } from '../../infrastructure/database/returning-rows';
import type { Actor } from '../../infrastructure/auth/actor';
import { requireAbility } from '../../infrastructure/auth/policy';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { postPolicy } from './discussion.policy';
import { sortReactions } from './post-view';
import { PostsService } from './posts.service';

/** Reactions from the small fixed set; adding one twice or removing one not given changes nothing. */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly publisher: StreamPublisher,
  ) {}

  async set(postId: string, reaction: Reaction, added: boolean, actor: Actor): Promise<ReactionsResult> {
    const { row, context } = await this.posts.readPost(postId, actor);
    requireAbility(postPolicy, 'react', this.posts.postSubject(context, row, actor), 'Join the community to react to posts.');
    const result = await this.dataSource.transaction(async (manager) => {
      const changed: unknown[] = added
        ? await manager.query('INSERT INTO post_reactions (post_id, user_id, reaction) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING post_id', [postId, actor.userId, reaction])
        : returningRows(await manager.query('DELETE FROM post_reactions WHERE post_id = $1 AND user_id = $2 AND reaction = $3 RETURNING post_id', [postId, actor.userId, reaction]));
      const counts: ReactionCount[] = await manager.query(
        `SELECT reaction, count(*)::int AS count, bool_or(user_id = $2) AS mine FROM post_reactions WHERE post_id = $1 GROUP BY reaction`,
        [postId, actor.userId],
      );
      const reactions = sortReactions(counts);
      if (changed.length === 0) return { reactions, envelope: undefined };
      const envelope = await this.publisher.record(manager, streams.thread(row.thread_id), 'post.reactions', {
        postId,
        reactions: reactions.map((r) => ({ ...r, mine: false })),
        change: { userId: actor.userId, reaction, added },
      });
      return { reactions, envelope };
    });
    if (result.envelope) this.publisher.deliver(result.envelope);
    return { reactions: result.reactions };
  }
}
