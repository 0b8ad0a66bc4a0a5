import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { streams, type Reaction, type ReactionsResult } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { requireAbility } from '../../infrastructure/auth/policy';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { postPolicy } from './discussion.policy';
import { PostReactionsRepository } from './post-reactions.repository';
import { sortReactions } from './post-view';
import { PostsService } from './posts.service';

/** Reactions from the small fixed set; adding one twice or removing one not given changes nothing. */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly publisher: StreamPublisher,
    private readonly reactions: PostReactionsRepository,
    private readonly outbox: OutboxService,
  ) {}

  async set(postId: string, reaction: Reaction, added: boolean, actor: Actor): Promise<ReactionsResult> {
    const { row, context } = await this.posts.readPost(postId, actor);
    requireAbility(
      postPolicy,
      'react',
      this.posts.postSubject(context, row, actor),
      'Join the community to react to posts.',
    );
    const result = await this.dataSource.transaction(async (manager) => {
      const changed = await this.reactions.set(manager, { postId, userId: actor.userId, reaction }, added);
      const counts = await this.reactions.counts(manager, postId, actor.userId);
      const reactions = sortReactions(counts);
      if (!changed) return { reactions, envelope: undefined };
      if (added) await this.outbox.record(manager, 'discussion.reaction_added', { postId, userId: actor.userId });
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
