import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AcceptedResponse, PasswordResetConfirm } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { ClientInfo } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { RateLimiter } from '../../infrastructure/rate-limit/rate-limiter.service';
import { PasswordHasher } from '../../infrastructure/security/password-hasher';
import { checkNewPassword } from '../../infrastructure/security/password-policy';
import { AuditService } from '../audit';
import { AccountMailService } from './account-mail.service';
import { EmailTokensService } from './email-tokens.service';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';

const HOUR = 3600;

export const RESET_REQUESTED: AcceptedResponse = {
  message:
    'If an account uses this address, we have sent it a link to set a new password. The link expires in one hour.',
};

/** Forgotten passwords: a single-use emailed link; setting the password signs out every device. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: EmailTokensService,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly mail: AccountMailService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async request(email: string, client: ClientInfo): Promise<AcceptedResponse> {
    await this.limiter.consume({ key: `reset:ip:${client.ip}`, limit: 10, windowSeconds: HOUR });
    const user = await this.users.findByEmail(email);
    if (user) {
      if (await this.limiter.allow({ key: `reset-mail:${user.id}`, limit: 3, windowSeconds: HOUR }))
        await this.mail.resetPassword(user.email, user.displayName, await this.tokens.issue(user.id, 'reset_password'));
      await this.audit.record({ action: 'password_reset_requested', subjectUserId: user.id, client });
    }
    return RESET_REQUESTED;
  }

  async confirm(request: PasswordResetConfirm, client: ClientInfo): Promise<void> {
    await this.limiter.consume({ key: `reset-confirm:ip:${client.ip}`, limit: 20, windowSeconds: HOUR });
    const passwordHash = await this.prepare(request);
    await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(request.token, 'reset_password', manager);
      // Following the link proves control of the address, so it counts as confirmed.
      await this.users.update(used.userId, { passwordHash, emailVerifiedAt: new Date() }, manager);
      await this.sessions.revokeAll(used.userId, undefined, manager);
      await this.audit.record(
        { action: 'password_reset', actorUserId: used.userId, subjectUserId: used.userId, client },
        manager,
      );
      // Queued in the same transaction: the notice exists exactly when the password changed.
      const user = await this.users.findById(used.userId, manager);
      if (user) await this.mail.passwordChanged(user.email, user.displayName, { manager });
    });
  }

  private async prepare(request: PasswordResetConfirm): Promise<string> {
    const problem = checkNewPassword(request.password, {}, 'body.password');
    if (problem) throw DomainError.validation([problem]);
    return this.hasher.hash(request.password);
  }
}
