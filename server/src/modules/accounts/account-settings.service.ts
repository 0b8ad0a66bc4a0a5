import { Inject, Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type AcceptedResponse,
  type ChangeEmailRequest,
  type ChangePasswordRequest,
  type CurrentUser,
} from '@commonroom/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { RateLimiter } from '../../infrastructure/rate-limit/rate-limiter.service';
import { PasswordHasher } from '../../infrastructure/security/password-hasher';
import { checkNewPassword } from '../../infrastructure/security/password-policy';
import { AuditService } from '../audit';
import { AccountMailService } from './account-mail.service';
import { currentUserFromEntity } from './current-user';
import { EmailTokensService } from './email-tokens.service';
import { SessionsService } from './sessions.service';
import type { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

export const EMAIL_CHANGE_REQUESTED: AcceptedResponse = {
  message:
    'We have sent a link to the new address. Your email changes when you follow it. We have also told your current address.',
};

/** What a signed-in person changes about their own account. */
@Injectable()
export class AccountSettingsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: EmailTokensService,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly mail: AccountMailService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /** The actor's account row; a session always belongs to an existing account. */
  async userOf(actor: Actor): Promise<UserEntity> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw new DomainError(ErrorCode.NotAuthenticated);
    return user;
  }

  async updateProfile(actor: Actor, displayName: string): Promise<CurrentUser> {
    // Search documents and engines carry the name: the event tells them, and it commits with the change.
    await this.dataSource.transaction(async (manager) => {
      await this.users.update(actor.userId, { displayName }, manager);
      await this.outbox.record(manager, 'profile.changed', { userId: actor.userId });
    });
    return currentUserFromEntity(await this.userOf(actor));
  }

  async changePassword(actor: Actor, request: ChangePasswordRequest, client: ClientInfo): Promise<void> {
    const user = await this.userOf(actor);
    await this.requireCurrentPassword(user, request.currentPassword, 'body.currentPassword');
    const problem = checkNewPassword(request.newPassword, { email: user.email }, 'body.newPassword');
    if (problem) throw DomainError.validation([problem]);
    await this.users.update(user.id, { passwordHash: await this.hasher.hash(request.newPassword) });
    const revoked = await this.sessions.revokeAll(user.id, actor.sessionId);
    await this.audit.record({
      action: 'password_changed',
      actorUserId: user.id,
      subjectUserId: user.id,
      client,
      metadata: { otherSessionsRevoked: revoked },
    });
    await this.mail.passwordChanged(user.email, user.displayName);
  }

  async requestEmailChange(actor: Actor, request: ChangeEmailRequest, client: ClientInfo): Promise<AcceptedResponse> {
    const user = await this.userOf(actor);
    await this.requireCurrentPassword(user, request.currentPassword, 'body.currentPassword');
    if (request.newEmail === user.email)
      throw DomainError.validation([{ path: 'body.newEmail', message: 'That is already your email address.' }]);
    await this.limiter.consume({ key: `email-change:${user.id}`, limit: 5, windowSeconds: 3600 });
    // An address already in use gets no message; the answer is the same so it reveals nothing.
    if (!(await this.users.findByEmail(request.newEmail))) {
      const token = await this.tokens.issue(user.id, 'change_email', { newEmail: request.newEmail });
      await this.mail.confirmNewEmail(request.newEmail, user.displayName, token);
    }
    await this.mail.emailChangeRequested(user.email, user.displayName);
    await this.audit.record({ action: 'email_change_requested', actorUserId: user.id, subjectUserId: user.id, client });
    return EMAIL_CHANGE_REQUESTED;
  }

  /** Following the link proves control of the new address; the old one is told. */
  async confirmEmailChange(token: string, client: ClientInfo): Promise<CurrentUser> {
    const used = await this.tokens.consume(token, 'change_email');
    const user = await this.users.findById(used.userId);
    if (!user || !used.newEmail) throw new DomainError(ErrorCode.TokenInvalid);
    if (await this.users.findByEmail(used.newEmail)) {
      throw new DomainError(
        ErrorCode.Conflict,
        'Another account started using that address in the meantime, so your email was not changed.',
      );
    }
    const previous = user.email;
    await this.users.update(user.id, { email: used.newEmail, emailVerifiedAt: new Date() });
    await this.audit.record({ action: 'email_changed', actorUserId: user.id, subjectUserId: user.id, client });
    await this.mail.emailChanged(previous, user.displayName);
    return currentUserFromEntity({ ...user, email: used.newEmail, emailVerifiedAt: new Date() });
  }

  /** Asks for the current password before sensitive changes, when the account has one. */
  async requireCurrentPassword(user: UserEntity, password: string | undefined, field: string): Promise<void> {
    if (!user.passwordHash) return;
    await this.limiter.consume({ key: `reauth:${user.id}`, limit: 10, windowSeconds: 900 });
    if (!password || !(await this.hasher.verify(user.passwordHash, password))) {
      throw DomainError.validation([{ path: field, message: 'That is not your current password.' }]);
    }
  }

  providerName(id: string): string {
    return this.config.auth.oidcProviders.find((p) => p.id === id)?.name ?? id;
  }
}
