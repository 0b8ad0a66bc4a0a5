import { Injectable } from '@nestjs/common';
import type { PersonRef, StreamEnvelope } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import type { ThreadSubject } from './discussion.policy';
import type { ThreadRow } from './discussion-threads.repository';
import type { DiscussionType } from './discussion-thread.entity';

/** A thread the engine has just inserted, for its type to add its own row beside it. */
export interface StartedThread {
  threadId: string;
  type: DiscussionType;
  /** Null for a type whose threads belong to no community (conversations). */
  communityId: string | null;
  authorId: string;
  title: string;
  tags: string[];
}

/** What happened to a thread, for the type that owns it to update its own tables and streams. */
export interface ThreadActivity {
  threadId: string;
  communityId: string | null;
  type: DiscussionType;
  title: string;
  postCount: number;
  lastPostAt: Date;
  lastPoster: PersonRef;
  /** +1 for a new post; 0 for other changes (moves, pins, deletions). */
  postDelta: number;
}

/**
 * Hooks a discussion type (forum, and next incidents, wiki comments, conversations, dialogue
 * prompts) gives the engine. Each runs inside the engine's transaction. `Details` is what the
 * type needs to start a thread (a forum: its category), passed through the engine untouched.
 */
export interface DiscussionTypeHooks<Details = unknown> {
  /** Adds the type's own row for a new thread (e.g. `forum_threads`), before its first post. */
  startThread(manager: EntityManager, thread: StartedThread, details: Details): Promise<void>;
  /** After a post was added; returns stream events to deliver after commit. */
  afterPost(manager: EntityManager, activity: ThreadActivity): Promise<StreamEnvelope[]>;
  /**
   * For a type whose threads belong to no community: how the viewer stands towards the thread,
   * or null when they may not read it (answered as 404). Without it, the community's rules apply.
   */
  access?(thread: ThreadRow, actor: Actor | undefined): Promise<ThreadSubject | null>;
}

/**
 * The discussion types, registered by their modules at start-up. The engine calls them without
 * knowing what a forum category is, so every type shares one engine and keeps its own data.
 */
@Injectable()
export class DiscussionTypeRegistry {
  private readonly hooks = new Map<DiscussionType, DiscussionTypeHooks>();

  register<Details>(type: DiscussionType, hooks: DiscussionTypeHooks<Details>): void {
    this.hooks.set(type, hooks as DiscussionTypeHooks);
  }

  startThread(manager: EntityManager, thread: StartedThread, details: unknown): Promise<void> {
    return this.of(thread.type).startThread(manager, thread, details);
  }

  afterPost(manager: EntityManager, activity: ThreadActivity): Promise<StreamEnvelope[]> {
    return this.hooks.get(activity.type)?.afterPost(manager, activity) ?? Promise.resolve([]);
  }

  /** The type's own access rule, if it has one (ADR 0014). */
  accessOf(type: DiscussionType): DiscussionTypeHooks['access'] | undefined {
    const hooks = this.hooks.get(type);
    return hooks?.access?.bind(hooks);
  }

  private of(type: DiscussionType): DiscussionTypeHooks {
    const hooks = this.hooks.get(type);
    // A type that can start threads but registered no hooks is a wiring bug, not a user error.
    if (!hooks) throw new Error(`No discussion type "${type}" is registered with the engine.`);
    return hooks;
  }
}
