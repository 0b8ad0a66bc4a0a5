import type { RouteObject } from 'react-router';
import { ConversationPage } from './routes/conversation-page';
import { ConversationWithPage } from './routes/conversation-with-page';
import { ConversationsPage } from './routes/conversations-page';

// Patterns for `paths.conversations`, `paths.conversation(id)` and `paths.conversationWith(userId)`.

/** Private conversations are for signed-in people only (wrapped in RequireUser). */
export const conversationsSignedInRoutes: RouteObject[] = [
  { path: '/conversations', element: <ConversationsPage /> },
  { path: '/conversations/with/:userId', element: <ConversationWithPage /> },
  { path: '/conversations/:conversationId', element: <ConversationPage /> },
];
