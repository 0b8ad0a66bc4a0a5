/** What other modules may use of organisations. Anything not exported here is private to the module. */
export { OrganisationsModule } from './organisations.module';
export { ORGANISATIONS_READ_MODELS } from './organisations.read-models';
export { OrganisationsService } from './organisations.service';
export { AffiliationsService } from './affiliations.service';
export { OrganisationImportService } from './import/organisation-import.service';
export { administeredOrganisationIds } from './organisation-admins';
/** For foreign-key relations only. */
export { OrganisationEntity } from './organisation.entity';
