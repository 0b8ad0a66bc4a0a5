/** What other modules may use of conversations. */
export { ConversationsModule } from './conversations.module';
export { ConversationsService } from './conversations.service';
export { CONVERSATIONS_ENTITIES } from './conversations.entities';
export { conversationExcerpt } from './conversation-excerpt';
