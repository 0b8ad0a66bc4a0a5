import { InboundMessageEntity } from './inbound-message.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const MAIL_IN_ENTITIES = [InboundMessageEntity];
