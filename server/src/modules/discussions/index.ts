/**
 * The discussion engine's public surface: what discussion types (forums, and next incidents,
 * wiki comments, conversations, dialogue prompts) and the composition root may use. Types read
 * the engine's tables only through the views it publishes (see docs/architecture.md).
 */
export { DiscussionsModule } from './discussions.module';
export { DISCUSSIONS_ENTITIES } from './discussions.entities';
export { DiscussionThreadEntity, DISCUSSION_TYPES, type DiscussionType } from './discussion-thread.entity';
export { DiscussionPostEntity } from './discussion-post.entity';
export { WATCH_LEVEL_CHECK } from './thread-reader.entity';
export {
  DiscussionTypeRegistry,
  type DiscussionTypeHooks,
  type StartedThread,
  type ThreadActivity,
} from './discussion-type-registry';
export { DiscussionWriter, type Publication, type Published } from './discussion-writer';
export { DiscussionThreadsRepository, type ThreadChanges } from './discussion-threads.repository';
export { ThreadAccessService, type ThreadContext, type ThreadRow } from './thread-access.service';
export { ThreadReadingService } from './thread-reading.service';
export { PostsService } from './posts.service';
export { ModerationService } from './moderation.service';
export { threadPolicy, postPolicy, type ThreadSubject, type PostSubject } from './discussion.policy';
