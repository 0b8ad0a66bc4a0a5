import type { Actor } from '../infrastructure/auth/actor';
import type { UsersRepository } from '../modules/accounts';

/** A demo person acting as themselves, as a signed-in session would; undefined when they are missing. */
export async function demoActor(users: UsersRepository, email: string): Promise<Actor | undefined> {
  const user = await users.findByEmail(email);
  if (!user) return undefined;
  return {
    userId: user.id,
    sessionId: 'demo-seed',
    email,
    displayName: user.displayName,
    platformRole: user.platformRole,
    emailVerified: true,
    twoFactorEnabled: false,
    hasPassword: true,
    secondFactorPending: false,
  };
}
