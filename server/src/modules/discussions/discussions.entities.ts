import { DiscussionDraftEntity } from './discussion-draft.entity';
import { DiscussionPostEntity } from './discussion-post.entity';
import { DiscussionThreadEntity } from './discussion-thread.entity';
import { PostFlagEntity } from './post-flag.entity';
import { PostMentionEntity } from './post-mention.entity';
import { PostReactionEntity } from './post-reaction.entity';
import { PostRevisionEntity } from './post-revision.entity';
import { ThreadReaderEntity } from './thread-reader.entity';

/** The tables the discussion engine owns, for the data source's entity list. */
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
