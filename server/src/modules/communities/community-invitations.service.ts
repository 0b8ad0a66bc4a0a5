import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type CommunityInvitation,
  type InvitationAccepted,
  type InvitationSignUpRequest,
  type InvitationView,
  type InviteRequest,
} from '@commonroom/contracts';
import { DataSource, IsNull } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { RateLimiter } from '../../infrastructure/rate-limit/rate-limiter.service';
import { PasswordHasher } from '../../infrastructure/security/password-hasher';
import { checkNewPassword } from '../../infrastructure/security/password-policy';
import { hashToken, newSecureToken } from '../../infrastructure/security/secure-token';
import { SessionsService } from '../accounts';
import { UsersRepository } from '../accounts';
import { AuditService } from '../audit';
import { CommunityAccessService } from './community-access.service';
import { CommunityInvitationEntity } from './community-invitation.entity';
import { CommunityInvitationsRepository } from './community-invitations.repository';
import { CommunityMailService } from './community-mail.service';
import { CommunityMembersRepository } from './community-members.repository';
import { CommunityMembershipService } from './community-membership.service';

const INVITATION_DAYS = 14;
const DAY = 86_400;

type InvitationStatus = CommunityInvitation['status'];

function statusOf(invitation: CommunityInvitationEntity): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= Date.now() ? 'expired' : 'pending';
}

/**
 * Invitations by email, also to people without an account. The emailed link proves the address,
 * so signing up from it needs no second confirmation email.
 */
@Injectable()
export class CommunityInvitationsService {
  constructor(
    private readonly access: CommunityAccessService,
    private readonly membership: CommunityMembershipService,
    private readonly mail: CommunityMailService,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly memberships: CommunityMembersRepository,
    private readonly invitations: CommunityInvitationsRepository,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async invite(slug: string, request: InviteRequest, actor: Actor, client: ClientInfo): Promise<{ invited: number }> {
    const context = await this.access.require(slug, actor, 'manage');
    await this.limiter.consume({ key: `invite:${actor.userId}`, limit: 200, windowSeconds: DAY });
    const emails = [...new Set(request.emails.map((e) => e.toLowerCase()))];
    const already = await this.memberships.memberEmails(context.community.id, emails);
    let invited = 0;
    for (const email of emails.filter((e) => !already.has(e))) {
      // At most three emails a day to one address for one community, however often someone clicks.
      if (
        !(await this.limiter.allow({
          key: `invite-mail:${context.community.id}:${email}`,
          limit: 3,
          windowSeconds: DAY,
        }))
      )
        continue;
      const token = await this.saveInvitation(context.community.id, email, request.role, actor.userId);
      await this.mail.invitation(email, {
        inviter: actor.displayName,
        community: context.community.name,
        token,
        expiresInDays: INVITATION_DAYS,
        message: request.message,
      });
      invited += 1;
    }
    await this.audit.record({
      action: 'community.invited',
      actorUserId: actor.userId,
      client,
      metadata: { communityId: context.community.id, count: invited },
    });
    return { invited };
  }

  /**
   * Creates the invitation (or renews the pending one) and returns its new token. Someone who already
   * has an account is also told in the app (`community.invited`, recorded in the same transaction).
   */
  private async saveInvitation(
    communityId: string,
    email: string,
    role: InviteRequest['role'],
    invitedByUserId: string,
  ): Promise<string> {
    const { token, hash } = newSecureToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * DAY * 1000);
    const account = await this.users.findByEmail(email);
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CommunityInvitationEntity);
      const pending = await repository.findOneBy({ communityId, email, acceptedAt: IsNull(), revokedAt: IsNull() });
      let invitationId = pending?.id;
      if (pending) await repository.update(pending.id, { tokenHash: hash, expiresAt, role, invitedByUserId });
      else
        invitationId = (
          await repository.insert({ communityId, email, role, tokenHash: hash, invitedByUserId, expiresAt })
        ).identifiers[0]!.id as string;
      if (account)
        await this.outbox.record(manager, 'community.invited', {
          invitationId: invitationId!,
          communityId,
          userId: account.id,
        });
    });
    return token;
  }

  async list(slug: string, actor: Actor): Promise<{ items: CommunityInvitation[] }> {
    const context = await this.access.require(slug, actor, 'manage');
    const rows = await this.dataSource.getRepository(CommunityInvitationEntity).find({
      where: { communityId: context.community.id, acceptedAt: IsNull(), revokedAt: IsNull() },
      relations: { invitedBy: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        email: r.email,
        role: r.role,
        invitedBy: r.invitedBy?.displayName ?? '',
        createdAt: r.createdAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
        status: statusOf(r),
      })),
    };
  }

  async revoke(slug: string, invitationId: string, actor: Actor, client: ClientInfo): Promise<void> {
    const context = await this.access.require(slug, actor, 'manage');
    const result = await this.dataSource
      .getRepository(CommunityInvitationEntity)
      .update(
        { id: invitationId, communityId: context.community.id, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
    if (!result.affected) throw DomainError.notFound('That invitation');
    await this.audit.record({
      action: 'community.invitation_revoked',
      actorUserId: actor.userId,
      client,
      metadata: { communityId: context.community.id, invitationId },
    });
  }

  /** What the holder of the link sees. The token itself is the permission. */
  async view(token: string): Promise<InvitationView> {
    const invitation = await this.find(token);
    const community = invitation.community!;
    return {
      community: {
        slug: community.slug,
        name: community.name,
        type: community.type,
        description: community.description,
      },
      invitedBy: invitation.invitedBy?.displayName ?? '',
      email: invitation.email,
      role: invitation.role,
      status: statusOf(invitation),
      accountExists: (await this.users.findByEmail(invitation.email)) !== null,
    };
  }

  async accept(token: string, actor: Actor, client: ClientInfo): Promise<InvitationAccepted> {
    const invitation = await this.find(token);
    if (actor.email.toLowerCase() !== invitation.email) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'This invitation was sent to a different email address. Sign in with that address to accept it.',
      );
    }
    return this.redeem(invitation, actor.userId, client);
  }

  /** Creates an account for the invited address, joins the community, and starts a session. */
  async signUp(
    token: string,
    request: InvitationSignUpRequest,
    client: ClientInfo,
  ): Promise<InvitationAccepted & { session: { token: string; expiresAt: Date } }> {
    await this.limiter.consume({ key: `sign-up:ip:${client.ip}`, limit: 10, windowSeconds: 3600 });
    const invitation = await this.find(token);
    if (statusOf(invitation) !== 'pending') throw this.unusable(invitation);
    const problem = checkNewPassword(request.password, { email: invitation.email }, 'body.password');
    if (problem) throw DomainError.validation([problem]);
    if (await this.users.findByEmail(invitation.email))
      throw new DomainError(
        ErrorCode.Conflict,
        'An account already uses this address. Sign in to accept the invitation.',
      );
    const passwordHash = await this.hasher.hash(request.password);
    const user = await this.users.create({
      email: invitation.email,
      displayName: request.displayName,
      passwordHash,
      emailVerifiedAt: new Date(),
    });
    await this.audit.record({
      action: 'sign_up',
      actorUserId: user.id,
      subjectUserId: user.id,
      client,
      metadata: { via: 'invitation' },
    });
    const accepted = await this.redeem(invitation, user.id, client);
    const session = await this.sessions.create(user.id, { method: 'password', client, secondFactorPending: false });
    return { ...accepted, session: { token: session.token, expiresAt: session.expiresAt } };
  }

  private async redeem(
    invitation: CommunityInvitationEntity,
    userId: string,
    client: ClientInfo,
  ): Promise<InvitationAccepted> {
    await this.dataSource.transaction(async (manager) => {
      // Single use: only one request can flip accepted_at.
      if (!(await this.invitations.claim(invitation.id, userId, manager))) throw this.unusable(invitation);
      await this.membership.addMember(invitation.communityId, userId, invitation.role, manager);
      await this.audit.record(
        {
          action: 'community.invitation_accepted',
          actorUserId: userId,
          subjectUserId: userId,
          client,
          metadata: { communityId: invitation.communityId },
        },
        manager,
      );
    });
    return { communitySlug: invitation.community!.slug };
  }

  private async find(token: string): Promise<CommunityInvitationEntity> {
    const invitation = await this.dataSource
      .getRepository(CommunityInvitationEntity)
      .findOne({ where: { tokenHash: hashToken(token) }, relations: { community: true, invitedBy: true } });
    if (!invitation)
      throw new DomainError(
        ErrorCode.TokenInvalid,
        'This invitation link is not valid. Ask the person who invited you to send a new one.',
      );
    return invitation;
  }

  private unusable(invitation: CommunityInvitationEntity): DomainError {
    const status = statusOf(invitation);
    const message =
      status === 'accepted'
        ? 'This invitation has already been used.'
        : status === 'revoked'
          ? 'This invitation was withdrawn.'
          : 'This invitation has expired. Ask the person who invited you to send a new one.';
    return new DomainError(ErrorCode.TokenInvalid, message);
  }
}
