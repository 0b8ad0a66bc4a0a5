import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../shared/routing/lazy-route';
import type { CommunityToolFeature } from '../communities';

// Its own chunk too; the app layout's Suspense shows the loading state on a first load.
const ForumIndex = lazy(() => import('./components/forum-index/forum-index').then((m) => ({ default: m.ForumIndex })));

/**
 * The forum's pages below its index, as children of the community layout (`paths.forum*`). The
 * gate has no path, so `/forum` alone stays the community's tool page, which shows the index.
 */
const forumRoutes: RouteObject[] = [
  {
    lazy: lazyScreen(() => import('./routes/forum-gate'), 'ForumGate'),
    children: [
      { path: 'forum/c/:categorySlug', lazy: lazyScreen(() => import('./routes/category-page'), 'CategoryPage') },
      {
        path: 'forum/c/:categorySlug/new',
        lazy: lazyScreen(() => import('./routes/new-thread-page'), 'NewThreadPage'),
      },
      { path: 'forum/t/:threadId', lazy: lazyScreen(() => import('./routes/thread-page'), 'ThreadPage') },
      { path: 'forum/moderation', lazy: lazyScreen(() => import('./routes/moderation-page'), 'ModerationPage') },
    ],
  },
];

/** The forum as one of a community's tools: its index page and its deeper pages. */
export const forumTool: CommunityToolFeature = { tool: 'forum', page: ForumIndex, routes: forumRoutes };
