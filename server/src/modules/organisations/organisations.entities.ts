import { AffiliationEntity } from './affiliation.entity';
import { OrganisationEntity } from './organisation.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const ORGANISATIONS_ENTITIES = [OrganisationEntity, AffiliationEntity];
