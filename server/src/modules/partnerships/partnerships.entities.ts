import { AgreementAcceptanceEntity } from './agreement-acceptance.entity';
import { AgreementEntity } from './agreement.entity';
import { AgreementVersionEntity } from './agreement-version.entity';
import { PartnershipEntity } from './partnership.entity';
import { PartnershipMemberEntity } from './partnership-member.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const PARTNERSHIPS_ENTITIES = [
  PartnershipEntity,
  PartnershipMemberEntity,
  AgreementEntity,
  AgreementVersionEntity,
  AgreementAcceptanceEntity,
];
