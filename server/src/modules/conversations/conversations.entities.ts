import { ConversationParticipantEntity } from './conversation-participant.entity';
import { ConversationEntity } from './conversation.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const CONVERSATIONS_ENTITIES = [ConversationEntity, ConversationParticipantEntity];
