import type { PublishedReadModel } from '../../infrastructure/database/read-model';

/** Views the partnerships module publishes (migration `1795380000000-module-read-models`). */
export const PARTNERSHIPS_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'partnership_directory',
    columns: ['id', 'slug', 'name', 'model', 'lead_organisation_id'],
    purpose: "A partnership's name and lead.",
  },
  {
    name: 'partnership_organisations',
    columns: ['partnership_id', 'organisation_id'],
    purpose: 'Current member organisations.',
  },
];
