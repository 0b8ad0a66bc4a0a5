import { Injectable } from '@nestjs/common';
import { ErrorCode, type RecoveryCodes, type SignInMethods, type TotpSetup } from '@commonroom/contracts';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { AuditService } from '../audit';
import { AccountSettingsService } from './account-settings.service';
import { describeDevice } from './device';
import { SessionsService } from './sessions.service';
import { invalidCode, TwoFactorService } from './two-factor.service';
import { UsersRepository } from './users.repository';

/** Two-factor authentication, sessions, linked sign-in methods and the security history. */
@Injectable()
export class AccountSecurityService {
  constructor(
    private readonly settings: AccountSettingsService,
    private readonly twoFactor: TwoFactorService,
    private readonly sessions: SessionsService,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async setupTwoFactor(actor: Actor): Promise<TotpSetup> {
    const user = await this.settings.userOf(actor);
    if (user.totpEnabledAt)
      throw new DomainError(
        ErrorCode.Conflict,
        'Two-factor authentication is already on. Turn it off first to move it to a new app.',
      );
    return this.twoFactor.setup(user);
  }

  async enableTwoFactor(actor: Actor, code: string, client: ClientInfo): Promise<RecoveryCodes> {
    const codes = await this.twoFactor.enable(await this.settings.userOf(actor), code);
    await this.audit.record({
      action: 'two_factor_enabled',
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
      client,
    });
    return codes;
  }

  async disableTwoFactor(actor: Actor, code: string, client: ClientInfo): Promise<void> {
    const user = await this.settings.userOf(actor);
    if (!(await this.twoFactor.verify(user, code)).ok) throw invalidCode();
    await this.twoFactor.disable(user);
    await this.audit.record({
      action: 'two_factor_disabled',
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
      client,
    });
  }

  async regenerateRecoveryCodes(actor: Actor, client: ClientInfo): Promise<RecoveryCodes> {
    if (!actor.twoFactorEnabled) throw new DomainError(ErrorCode.Conflict, 'Turn on two-factor authentication first.');
    const codes = await this.twoFactor.regenerateRecoveryCodes(actor.userId);
    await this.audit.record({
      action: 'recovery_codes_regenerated',
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
      client,
    });
    return codes;
  }

  listSessions(actor: Actor) {
    return this.sessions.list(actor.userId, actor.sessionId);
  }

  async revokeSession(actor: Actor, sessionId: string, client: ClientInfo): Promise<void> {
    if (!(await this.sessions.revoke(actor.userId, sessionId))) throw DomainError.notFound('That session');
    await this.audit.record({
      action: 'session_revoked',
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
      client,
      metadata: { sessionId },
    });
  }

  async revokeOtherSessions(actor: Actor, client: ClientInfo): Promise<void> {
    const count = await this.sessions.revokeAll(actor.userId, actor.sessionId);
    await this.audit.record({
      action: 'session_revoked',
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
      client,
      metadata: { others: count },
    });
  }

  async signInMethods(actor: Actor): Promise<SignInMethods> {
    const identities = await this.users.listIdentities(actor.userId);
    return {
      hasPassword: actor.hasPassword,
      items: identities.map((i) => ({
        id: i.id,
        kind: 'oidc',
        provider: i.provider,
        providerName: this.settings.providerName(i.provider),
        email: i.email,
        linkedAt: i.createdAt.toISOString(),
      })),
    };
  }

  /** Unlinks a provider, but never the last way to sign in. */
  async removeSignInMethod(actor: Actor, identityId: string, client: ClientInfo): Promise<void> {
    const identities = await this.users.listIdentities(actor.userId);
    if (!identities.some((i) => i.id === identityId)) throw DomainError.notFound('That sign-in method');
    if (!actor.hasPassword && identities.length === 1) {
      throw new DomainError(
        ErrorCode.Conflict,
        'This is your only way to sign in. Set a password or link another account before removing it.',
      );
    }
    await this.users.removeIdentity(actor.userId, identityId);
    await this.audit.record({
      action: 'sign_in_method_removed',
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
      client,
      metadata: { identityId },
    });
  }

  async securityEvents(actor: Actor) {
    const events = await this.audit.forSubject(actor.userId, 50);
    return {
      items: events.map((e) => ({
        id: e.id,
        action: e.action,
        occurredAt: e.occurredAt.toISOString(),
        device: e.userAgent ? describeDevice(e.userAgent) : null,
      })),
    };
  }
}
