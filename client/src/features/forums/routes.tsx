import type { RouteObject } from 'react-router';
import type { CommunityToolFeature } from '../communities';
import { ForumIndex } from './components/forum-index/forum-index';
import { CategoryPage } from './routes/category-page';
import { ForumGate } from './routes/forum-gate';
import { ModerationPage } from './routes/moderation-page';
import { NewThreadPage } from './routes/new-thread-page';
import { ThreadPage } from './routes/thread-page';

/**
 * The forum's pages below its index, as children of the community layout (`paths.forum*`). The
 * gate has no path, so `/forum` alone stays the community's tool page, which shows the index.
 */
const forumRoutes: RouteObject[] = [
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

/** The forum as one of a community's tools: its index page and its deeper pages. */
export const forumTool: CommunityToolFeature = { tool: 'forum', page: ForumIndex, routes: forumRoutes };
