import { ContactBlockEntity } from './contact-block.entity';
import { ContactRequestEntity } from './contact-request.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const CONTACTS_ENTITIES = [ContactRequestEntity, ContactBlockEntity];
