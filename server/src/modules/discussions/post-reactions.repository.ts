import { Injectable } from '@nestjs/common';
import type { Reaction, ReactionCount } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import { returningRows } from '../../infrastructure/database/returning-rows';
import { reactionsOf } from './post-view';

/** One person's reactions to posts (`post_reactions`) and the counts shown under a post. */
@Injectable()
export class PostReactionsRepository {
  /** Adds or takes back a reaction; answers whether anything changed. */
  async set(
    manager: EntityManager,
    reaction: { postId: string; userId: string; reaction: Reaction },
    added: boolean,
  ): Promise<boolean> {
    const params = [reaction.postId, reaction.userId, reaction.reaction];
    const changed: unknown[] = added
      ? await manager.query(
          'INSERT INTO post_reactions (post_id, user_id, reaction) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING post_id',
          params,
        )
      : returningRows(
          await manager.query(
            'DELETE FROM post_reactions WHERE post_id = $1 AND user_id = $2 AND reaction = $3 RETURNING post_id',
            params,
          ),
        );
    return changed.length > 0;
  }

  /** Each reaction on a post: its count, whether the viewer gave it, and the first names who did. */
  async counts(manager: EntityManager, postId: string, viewerId: string): Promise<ReactionCount[]> {
    const rows: { reactions: ReactionCount[] }[] = await manager.query(
      `SELECT ${reactionsOf('$1::uuid', '$2::uuid')} AS reactions`,
      [postId, viewerId],
    );
    return rows[0]?.reactions ?? [];
  }
}
