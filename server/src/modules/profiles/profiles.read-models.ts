import type { PublishedReadModel } from '../../infrastructure/database/read-model';

/** Views the profiles module publishes (migration `1795380000000-module-read-models`). */
export const PROFILES_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'people_directory',
    columns: ['user_id', 'listed', 'facets', 'search_name', 'search_headline', 'search_body', 'search_vector'],
    purpose: "People's search documents: only member-visible fields, recomputed on every change.",
  },
  {
    name: 'profile_contact_details',
    columns: ['user_id', 'contact_email', 'contact_phone'],
    purpose:
      'The contact details a person chose to share, for the contacts module to reveal after an accepted request.',
  },
];
