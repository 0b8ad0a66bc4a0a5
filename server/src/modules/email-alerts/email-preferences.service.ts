import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type EmailPreferences,
  type UnsubscribeDescription,
  type UpdateEmailPreferences,
} from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { AlertThreadsRepository } from './alert-threads.repository';
import { EmailPreferencesRepository } from './email-preferences.repository';
import { UnsubscribeTokens, type UnsubscribeGrant } from './unsubscribe-tokens';

/** A person's email choices, and what an unsubscribe link does with them. */
@Injectable()
export class EmailPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly preferences: EmailPreferencesRepository,
    private readonly threads: AlertThreadsRepository,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  async get(actor: Actor): Promise<EmailPreferences> {
    const [row, communities] = await Promise.all([
      this.preferences.find(actor.userId),
      this.preferences.communities(actor.userId),
    ]);
    return {
      defaultMode: row.default_mode,
      digestHour: row.digest_hour,
      digestWeekday: row.digest_weekday,
      quietStart: row.quiet_start,
      quietEnd: row.quiet_end,
      mentions: row.mentions,
      replies: row.replies,
      allOff: row.all_off,
      communities,
    };
  }

  async update(actor: Actor, update: UpdateEmailPreferences): Promise<EmailPreferences> {
    await this.dataSource.transaction((manager) => this.preferences.save(manager, actor.userId, update));
    return this.get(actor);
  }

  /**
   * What a token stops, naming the thread or community only while its person may still read it
   * (the link can be forwarded; a name they have lost access to is not theirs to see). Never acts:
   * link scanners fetch every URL in an email.
   */
  async describe(token: string): Promise<UnsubscribeDescription> {
    const grant = this.grant(token);
    const [name, done] = await Promise.all([this.scopeName(grant), this.preferences.isUnsubscribed(grant)]);
    return { scope: grant.scope, name, done };
  }

  /** One-click unsubscribe (RFC 8058), or its undo from the landing page. Idempotent. */
  async unsubscribe(token: string, undo = false): Promise<UnsubscribeDescription> {
    await this.preferences.unsubscribe(this.grant(token), undo);
    return this.describe(token);
  }

  private grant(token: string): UnsubscribeGrant {
    const grant = this.tokens.verify(token);
    if (!grant)
      throw new DomainError(
        ErrorCode.TokenInvalid,
        'This unsubscribe link is not valid. Change what you receive on your notification settings page instead.',
      );
    return grant;
  }

  private async scopeName({ userId, scope, scopeId }: UnsubscribeGrant): Promise<string | null> {
    if (scope === 'community') return this.threads.readableCommunityName(userId, scopeId!);
    if (scope !== 'thread') return null;
    const [thread] = await this.threads.readable(userId, [scopeId!]);
    return thread && !thread.sensitive ? thread.title : null;
  }
}
