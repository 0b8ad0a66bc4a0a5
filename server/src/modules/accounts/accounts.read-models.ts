import type { PublishedReadModel } from '../../infrastructure/database/read-model';

/** Views the accounts module publishes (migration `1795370000000-published-read-models`). */
export const ACCOUNTS_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'people',
    columns: ['id', 'display_name', 'email'],
    purpose: "A person's name and address, to join instead of `users`.",
  },
];
