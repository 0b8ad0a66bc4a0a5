import { DiscussionDraftEntity } from './discussion-draft.entity';
import { DiscussionPostEntity, PostMentionEntity, PostRevisionEntity } from './discussion-post.entity';
import { DiscussionThreadEntity } from './discussion-thread.entity';
import { PostFlagEntity } from './post-flag.entity';
import { PostReactionEntity } from './post-reaction.entity';
import { ThreadReaderEntity } from './thread-reader.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const DISCUSSIONS_ENTITIES = [
  DiscussionThreadEntity,
  DiscussionPostEntity,
  PostRevisionEntity,
  PostMentionEntity,
  PostReactionEntity,
  PostFlagEntity,
  ThreadReaderEntity,
  DiscussionDraftEntity,
];
