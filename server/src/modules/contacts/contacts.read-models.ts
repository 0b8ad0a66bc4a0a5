import type { PublishedReadModel } from '../../infrastructure/database/read-model';

/** Views the contacts module publishes (migrations `1795400000000-conversations`, `1795410000000-home-read-models`). */
export const CONTACTS_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'person_blocks',
    columns: ['user_id', 'blocked_user_id'],
    purpose: 'Who blocked whom (the blocked person is never told): conversations refuse to connect them.',
  },
  {
    name: 'accepted_contacts',
    columns: ['user_id', 'contact_id'],
    purpose: 'Pairs of people one of whom accepted the other’s contact request, in both directions.',
  },
  {
    name: 'pending_contact_requests',
    columns: ['recipient_id', 'sender_id', 'created_at'],
    purpose: 'Contact requests waiting for their recipient to answer (the home counts them; nothing else is revealed).',
  },
  {
    name: 'contact_request_parties',
    columns: ['request_id', 'sender_id', 'recipient_id', 'status'],
    purpose: 'Who sent a contact request to whom, for notices (migration 1795510000000-notifications).',
  },
];
