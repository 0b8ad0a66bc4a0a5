import type { RouteObject } from 'react-router';
import { ConversationPage } from './routes/conversation-page';
import { ConversationWithPage } from './routes/conversation-with-page';
import { ConversationsPage } from './routes/conversations-page';
import { ReportedMessagesPage } from './routes/reported-messages-page';

// Patterns for `paths.conversations`, `paths.conversation(id)`, `paths.conversationWith(userId)` and
// `paths.reportedMessages`.

/** Private conversations are for signed-in people only (wrapped in RequireUser). */
export const conversationsSignedInRoutes: RouteObject[] = [
  { path: '/conversations', element: <ConversationsPage /> },
  { path: '/conversations/with/:userId', element: <ConversationWithPage /> },
  { path: '/conversations/reported', element: <ReportedMessagesPage /> },
  { path: '/conversations/:conversationId', element: <ConversationPage /> },
];
