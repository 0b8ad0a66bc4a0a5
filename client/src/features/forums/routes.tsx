import type { RouteObject } from 'react-router';
import { CategoryPage } from './routes/category-page';
import { ForumGate } from './routes/forum-gate';
import { ModerationPage } from './routes/moderation-page';
import { NewThreadPage } from './routes/new-thread-page';
import { ThreadPage } from './routes/thread-page';

/**
 * The forum's pages below its index, as children of the community layout (`paths.forum*`). The
 * index itself is the community's `forum` tool page. The gate has no path, so `/forum` alone
 * stays the tool page.
 */
export const forumRoutes: RouteObject[] = [
  {
    element: <ForumGate />,
    children: [
      { path: 'forum/c/:categorySlug', element: <CategoryPage /> },
      { path: 'forum/c/:categorySlug/new', element: <NewThreadPage /> },
      { path: 'forum/t/:threadId', element: <ThreadPage /> },
      { path: 'forum/moderation', element: <ModerationPage /> },
    ],
  },
];
