import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthCookies } from '../../src/infrastructure/auth/cookies';
import { SessionsService } from '../../src/modules/accounts/sessions.service';
import { UserEntity, type PlatformRole } from '../../src/modules/accounts/user.entity';
import { BrowserLikeClient } from './browser-like-client';
import type { TestApp } from './test-app';

export interface SignedInPerson {
  client: BrowserLikeClient;
  userId: string;
  email: string;
  displayName: string;
}

/**
 * A real person with a confirmed address and a real server-side session, made without going
 * through sign-up and argon2 (the accounts tests cover those). For access-rule tests that need
 * many people quickly. The person has no password, so they cannot sign in any other way.
 */
export async function signedInPerson(
  app: TestApp,
  options: { email?: string; displayName?: string; platformRole?: PlatformRole } = {},
): Promise<SignedInPerson> {
  const email = (options.email ?? `person-${randomUUID().slice(0, 8)}@school.example.org`).toLowerCase();
  const displayName = options.displayName ?? `Person ${email.slice(0, 14)}`;
  const users = app.app.get(DataSource).getRepository(UserEntity);
  const platformRole = options.platformRole ?? 'member';
  // Roles above member must have two-factor on (TWO_FACTOR_REQUIRED_ROLES); such a person has enrolled.
  const totpEnabledAt = platformRole === 'member' ? null : new Date();
  const user = await users.save(
    users.create({ email, displayName, passwordHash: null, emailVerifiedAt: new Date(), platformRole, totpEnabledAt }),
  );
  const session = await app.app.get(SessionsService).create(user.id, {
    method: 'password',
    client: { ip: '127.0.0.1', userAgent: 'test' },
    secondFactorPending: false,
  });
  const client = new BrowserLikeClient(app);
  client.cookies.set(app.app.get(AuthCookies).sessionName, session.token);
  await client.session();
  return { client, userId: user.id, email, displayName };
}
