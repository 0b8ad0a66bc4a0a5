/**
 * Permissions a route can declare. A route either declares one of these or is explicitly public;
 * the server's route-manifest test records which. Later features add their own entries here.
 */
export const Permission = {
  /** Read platform operational data such as the outbox backlog. */
  PlatformOperate: 'platform.operate',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];
