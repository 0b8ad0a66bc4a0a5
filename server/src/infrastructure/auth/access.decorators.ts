import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@commonroom/contracts';

export const PUBLIC_ROUTE = 'commonroom:public';
export const ROUTE_PERMISSION = 'commonroom:permission';
export const ALLOW_WITHOUT_SECOND_FACTOR = 'commonroom:allow-without-second-factor';

/** Marks a route as reachable without signing in. Every other route requires a session. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * Declares the permission a route needs. The service still checks the specific resource;
 * this declaration makes the route's intent visible and is recorded in the route manifest.
 */
export const RequirePermission = (permission: Permission) => SetMetadata(ROUTE_PERMISSION, permission);

/**
 * For the few routes a person whose role requires two-factor authentication may use before
 * turning it on (reading their session, setting up two-factor, signing out).
 */
export const AllowWithoutSecondFactor = () => SetMetadata(ALLOW_WITHOUT_SECOND_FACTOR, true);
