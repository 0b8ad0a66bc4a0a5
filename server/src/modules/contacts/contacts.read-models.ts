import type { PublishedReadModel } from '../../infrastructure/database/read-model';

/** Views the contacts module publishes (migration `1795410000000-home-read-models`). */
export const CONTACTS_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'pending_contact_requests',
    columns: ['recipient_id', 'sender_id', 'created_at'],
    purpose: 'Contact requests waiting for their recipient to answer (the home counts them; nothing else is revealed).',
  },
];
