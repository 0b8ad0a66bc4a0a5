import { ForumCategoryEntity, ForumCategoryWatchEntity, ForumThreadEntity } from './forum-category.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const FORUMS_ENTITIES = [ForumCategoryEntity, ForumThreadEntity, ForumCategoryWatchEntity];
