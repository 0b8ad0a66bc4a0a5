import { Injectable } from '@nestjs/common';
import type { AcceptedResponse, EmailConfirmedResult, SignUpRequest } from '@commonroom/contracts';
import type { ClientInfo } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { RateLimiter } from '../../infrastructure/rate-limit/rate-limiter.service';
import { PasswordHasher } from '../../infrastructure/security/password-hasher';
import { checkNewPassword } from '../../infrastructure/security/password-policy';
import { AuditService } from '../audit';
import { AccountMailService } from './account-mail.service';
import { EmailTokensService } from './email-tokens.service';
import { UsersRepository } from './users.repository';

const HOUR = 3600;

export const SIGN_UP_ACCEPTED: AcceptedResponse = {
  message:
    'Thank you. If this address can be used for a new account, we have sent a link to confirm it. Please check your inbox and spam folder.',
};
export const VERIFICATION_RESENT: AcceptedResponse = {
  message: 'If this address belongs to an account that still needs confirming, we have sent a new link.',
};

/** At most three account emails an hour to one address, however often someone asks. */
const accountMailLimit = (userId: string) => ({ key: `account-mail:${userId}`, limit: 3, windowSeconds: HOUR });

/** Creating an account and confirming its email address, without revealing who is registered. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: EmailTokensService,
    private readonly hasher: PasswordHasher,
    private readonly mail: AccountMailService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  async signUp(request: SignUpRequest, client: ClientInfo): Promise<AcceptedResponse> {
    await this.limiter.consume({ key: `sign-up:ip:${client.ip}`, limit: 10, windowSeconds: HOUR });
    const problem = checkNewPassword(request.password, { email: request.email }, 'body.password');
    if (problem) throw DomainError.validation([problem]);

    // Hash in both branches so the answer takes as long whether or not the address is known.
    const passwordHash = await this.hasher.hash(request.password);
    const existing = await this.users.findByEmail(request.email);
    if (existing) {
      if (await this.limiter.allow(accountMailLimit(existing.id)))
        await this.mail.alreadyRegistered(existing.email, existing.displayName);
      return SIGN_UP_ACCEPTED;
    }
    const user = await this.users.create({
      email: request.email,
      displayName: request.displayName,
      passwordHash,
      emailVerifiedAt: null,
    });
    await this.audit.record({ action: 'sign_up', actorUserId: user.id, subjectUserId: user.id, client });
    await this.mail.verifyEmail(user.email, user.displayName, await this.tokens.issue(user.id, 'verify_email'));
    return SIGN_UP_ACCEPTED;
  }

  /**
   * Confirms the address and names it, so the sign-in form can be filled in; it does not sign in
   * (an emailed link is not a second factor, and link scanners open links: docs/security.md).
   */
  async verifyEmail(token: string, client: ClientInfo): Promise<EmailConfirmedResult> {
    await this.limiter.consume({ key: `verify:ip:${client.ip}`, limit: 30, windowSeconds: HOUR });
    const used = await this.tokens.consume(token, 'verify_email');
    await this.users.update(used.userId, { emailVerifiedAt: new Date() });
    await this.audit.record({ action: 'email_verified', actorUserId: used.userId, subjectUserId: used.userId, client });
    const user = await this.users.findById(used.userId);
    return { message: 'Your email address is confirmed. You can sign in now.', email: user!.email };
  }

  async resendVerification(email: string, client: ClientInfo): Promise<AcceptedResponse> {
    await this.limiter.consume({ key: `verify-resend:ip:${client.ip}`, limit: 10, windowSeconds: HOUR });
    const user = await this.users.findByEmail(email);
    if (user && !user.emailVerifiedAt) {
      if (await this.limiter.allow(accountMailLimit(user.id)))
        await this.mail.verifyEmail(user.email, user.displayName, await this.tokens.issue(user.id, 'verify_email'));
    }
    return VERIFICATION_RESENT;
  }
}
