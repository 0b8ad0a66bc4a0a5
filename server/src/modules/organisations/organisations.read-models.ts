import type { PublishedReadModel } from '../../infrastructure/database/read-model';

/** Views the organisations module publishes (migration `1795380000000-module-read-models`). */
export const ORGANISATIONS_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'organisation_directory',
    columns: [
      'id',
      'slug',
      'name',
      'kind',
      'establishment_type',
      'region',
      'la_code',
      'local_authority_name',
      'closed_on',
      'search_vector',
    ],
    purpose: 'The public directory: names, places and the full-text vector search ranks.',
  },
  {
    name: 'verified_affiliations',
    columns: ['user_id', 'organisation_id', 'role', 'title', 'starts_on', 'ends_on', 'current'],
    purpose: 'Verified affiliations, past and present; `current` is the one definition of a current affiliation.',
  },
];
