import { CommunityEmailPreferenceEntity } from './community-email-preference.entity';
import { EmailPreferenceEntity } from './email-preference.entity';
import { ThreadEmailOptOutEntity } from './thread-email-opt-out.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const EMAIL_ALERTS_ENTITIES = [EmailPreferenceEntity, CommunityEmailPreferenceEntity, ThreadEmailOptOutEntity];
