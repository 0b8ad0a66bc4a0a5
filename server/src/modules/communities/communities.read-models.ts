import type { PublishedReadModel } from '../../infrastructure/database/read-model';

/**
 * Views (and one function) the communities module publishes. `community_memberships` comes from
 * migration `1795336765089-organisations-communities`, the rest from `1795380000000-module-read-models`.
 */
export const COMMUNITIES_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'community_memberships',
    columns: ['community_id', 'user_id', 'role', 'source', 'joined_at'],
    purpose: 'Direct members and, in a partnership space, people with a current affiliation to a partner.',
  },
  {
    name: 'community_directory',
    columns: [
      'id',
      'slug',
      'name',
      'type',
      'visibility',
      'description',
      'tools',
      'parent_id',
      'partnership_id',
      'search_vector',
    ],
    purpose: 'Communities as others list and search them; filter with community_access.',
  },
  {
    name: 'community_access',
    columns: ['community_id', 'role', 'direct', 'visible', 'readable', 'tools'],
    purpose:
      'community_access(viewer, platform_admin): the one SQL rule of who may see and read each community. ' +
      'role is the effective role (null for non-members); direct says whether any of it is a stored membership.',
  },
  {
    name: 'pending_join_requests',
    columns: ['community_id', 'user_id', 'created_at'],
    purpose: 'Requests to join waiting for a facilitator (migration 1795410000000-home-read-models).',
  },
  {
    name: 'open_invitations',
    columns: ['community_id', 'email', 'expires_at', 'id', 'invited_by_user_id'],
    purpose:
      'Invitations not yet accepted, revoked or expired, by the address they were sent to ' +
      '(id and sender from migration 1795519000000-invitation-notices).',
  },
  {
    name: 'may_read_community',
    columns: [],
    purpose:
      'may_read_community(viewer, community): community_access().readable for one signed-in person who is ' +
      'not a platform admin, cheap enough to call per recipient of a notice (migration 1795510000000-notifications).',
  },
];
