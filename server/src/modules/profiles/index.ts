/** What other modules may use of profiles. */
export { ProfilesModule } from './profiles.module';
export { PROFILES_READ_MODELS } from './profiles.read-models';
export { ProfilesService } from './profiles.service';
export { ProfileCards } from './profile-cards';
export { PeopleSearchDocuments } from './people-search-documents';
export { PEOPLE_FACET_PREFIX, facetToken, parseFacetToken } from './people-facets';
