import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../shared/routing/lazy-route';

// Patterns for `paths.conversations`, `paths.conversation(id)`, `paths.conversationWith(userId)` and
// `paths.reportedMessages`.

/** Private conversations are for signed-in people only (wrapped in RequireUser). */
export const conversationsSignedInRoutes: RouteObject[] = [
  { path: '/conversations', lazy: lazyScreen(() => import('./routes/conversations-page'), 'ConversationsPage') },
  {
    path: '/conversations/with/:userId',
    lazy: lazyScreen(() => import('./routes/conversation-with-page'), 'ConversationWithPage'),
  },
  {
    path: '/conversations/reported',
    lazy: lazyScreen(() => import('./routes/reported-messages-page'), 'ReportedMessagesPage'),
  },
  {
    path: '/conversations/:conversationId',
    lazy: lazyScreen(() => import('./routes/conversation-page'), 'ConversationPage'),
  },
];
