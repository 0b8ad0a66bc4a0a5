import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'commonroom:public';
export const ALLOW_WITHOUT_SECOND_FACTOR = 'commonroom:allow-without-second-factor';
export const SKIP_CSRF = 'commonroom:skip-csrf';

/**
 * Marks a route as reachable without signing in. Every other route requires a session; what a
 * signed-in person may do with a resource is decided by the feature's policy in its service
 * (there is no per-route permission: docs/adr/0012-no-route-permission-decorator.md).
 */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * For the few routes a person whose role requires two-factor authentication may use before
 * turning it on (reading their session, setting up two-factor, signing out).
 */
export const AllowWithoutSecondFactor = () => SetMetadata(ALLOW_WITHOUT_SECOND_FACTOR, true);

/**
 * For the few public routes whose URL carries its own signed, per-person credential and that mail
 * clients call without a browser (RFC 8058 one-click unsubscribe): no cookie exists to double-submit.
 */
export const SkipCsrf = () => SetMetadata(SKIP_CSRF, true);
