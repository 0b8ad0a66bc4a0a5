import { ErrorCode } from '@commonroom/contracts';
import { DomainError } from '../errors/domain-error';
import type { Actor } from './actor';

/**
 * A feature's access rules: one named, readable predicate per action, over a subject that
 * describes the actor's relation to the resource. Services ask `require`; responses carry
 * `abilitiesOf` so the client shows only what the viewer may do. Both read the same rules.
 */
export type Policy<Action extends string, Subject> = Readonly<Record<Action, (subject: Subject) => boolean>>;

export function abilitiesOf<Action extends string, Subject>(
  policy: Policy<Action, Subject>,
  subject: Subject,
): Record<Action, boolean> {
  return Object.fromEntries(
    Object.entries(policy).map(([action, rule]) => [action, (rule as (s: Subject) => boolean)(subject)]),
  ) as Record<Action, boolean>;
}

/**
 * Throws unless the rule allows the action. The caller has already established that the actor
 * may see the resource (otherwise it answers 404), so this answers 403.
 */
export function requireAbility<Action extends string, Subject>(
  policy: Policy<Action, Subject>,
  action: Action,
  subject: Subject,
  message?: string,
): void {
  if (!policy[action](subject)) throw new DomainError(ErrorCode.Forbidden, message);
}

/** Platform administrators run the installation; they can see and manage every community and organisation. */
export function isPlatformAdmin(actor: Actor | undefined): boolean {
  return actor?.platformRole === 'admin';
}
