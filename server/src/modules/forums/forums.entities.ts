import { ForumCategoryWatchEntity } from './forum-category-watch.entity';
import { ForumCategoryEntity } from './forum-category.entity';
import { ForumThreadEntity } from './forum-thread.entity';

/** The tables the forums module owns, for the data source's entity list. */
export const FORUMS_ENTITIES = [ForumCategoryEntity, ForumThreadEntity, ForumCategoryWatchEntity];
