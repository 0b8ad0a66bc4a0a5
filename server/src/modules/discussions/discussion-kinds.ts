import { Injectable } from '@nestjs/common';
import type { PersonRef, StreamEnvelope } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import type { ThreadKind } from './discussion-thread.entity';

/** What happened to a thread, for the kind that owns it to update its own tables and streams. */
export interface ThreadActivity {
  threadId: string;
  communityId: string;
  kind: ThreadKind;
  title: string;
  postCount: number;
  lastPostAt: Date;
  lastPoster: PersonRef;
  /** +1 for a new post; 0 for other changes (moves, pins, deletions). */
  postDelta: number;
}

/** Hooks a kind of discussion (forum, incident, blog) gives the engine; each runs in the engine's transaction. */
export interface DiscussionKindHooks {
  /** After a post was added; returns stream events to deliver after commit. */
  afterPost(manager: EntityManager, activity: ThreadActivity): Promise<StreamEnvelope[]>;
}

/**
 * The kinds registered by their modules at start-up. The engine calls them without knowing what
 * a forum category is, so forums, incidents and blogs share one engine and keep their own data.
 */
@Injectable()
export class DiscussionKinds {
  private readonly hooks = new Map<ThreadKind, DiscussionKindHooks>();

  register(kind: ThreadKind, hooks: DiscussionKindHooks): void {
    this.hooks.set(kind, hooks);
  }

  afterPost(manager: EntityManager, activity: ThreadActivity): Promise<StreamEnvelope[]> {
    return this.hooks.get(activity.kind)?.afterPost(manager, activity) ?? Promise.resolve([]);
  }
}
