/** The forums module's public surface: a discussion type of the engine (`../discussions`). */
export { ForumsModule } from './forums.module';
export { FORUMS_ENTITIES } from './forums.entities';
export { FORUMS_READ_MODELS } from './forums.read-models';
export { ForumCategoriesService } from './forum-categories.service';
export { ForumThreadsService } from './forum-threads.service';
