import type { CurrentUser } from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import type { UserEntity } from './user.entity';

export function currentUserFromEntity(user: UserEntity): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    emailVerified: user.emailVerifiedAt !== null,
    twoFactorEnabled: user.totpEnabledAt !== null,
    hasPassword: user.passwordHash !== null,
  };
}

export function currentUserFromActor(actor: Actor): CurrentUser {
  return {
    id: actor.userId,
    email: actor.email,
    displayName: actor.displayName,
    emailVerified: actor.emailVerified,
    twoFactorEnabled: actor.twoFactorEnabled,
    hasPassword: actor.hasPassword,
  };
}
