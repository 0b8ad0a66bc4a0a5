import { Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import type { Actor, ClientInfo } from '../../../infrastructure/auth/actor';
import { APP_CONFIG, type AppConfig, type OidcProviderConfig } from '../../../infrastructure/config/app-config';
import { DomainError } from '../../../infrastructure/errors/domain-error';
import { SecretBox } from '../../../infrastructure/security/secret-box';
import { AuditService } from '../../audit';
import { SessionsService } from '../sessions.service';
import type { UserEntity } from '../user.entity';
import { UsersRepository } from '../users.repository';
import { OIDC_STATE_MINUTES, openState, safeReturnTo, sealState } from './oidc-state';

type Claims = { sub: string; email?: unknown; email_verified?: unknown; name?: unknown };

export type OidcOutcome =
  | { kind: 'signed_in'; redirectTo: string; session: { token: string; expiresAt: Date } }
  | { kind: 'linked'; redirectTo: string }
  | { kind: 'failed'; redirectTo: string };

/**
 * Sign-in with institutional OpenID Connect providers (authorization code + PKCE, state and
 * nonce). A provider account links to an existing Commonroom account only when the person is
 * signed in to it: an email match alone is never enough.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OidcService');
  private readonly configurations = new Map<string, Promise<client.Configuration>>();
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly box: SecretBox,
  ) {}

  async start(
    providerId: string,
    options: { returnTo: unknown; linkUserId: string | null },
  ): Promise<{ url: string; sealedState: string }> {
    const provider = this.provider(providerId);
    const configuration = await this.configuration(provider);
    const verifier = client.randomPKCECodeVerifier();
    const state = {
      provider: provider.id,
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier,
      returnTo: safeReturnTo(options.returnTo),
      linkUserId: options.linkUserId,
      expiresAt: Date.now() + OIDC_STATE_MINUTES * 60_000,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri(provider.id),
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: state.state,
      nonce: state.nonce,
    });
    return { url: url.href, sealedState: sealState(this.box, state) };
  }

  async callback(
    providerId: string,
    requestPath: string,
    sealedState: string | undefined,
    actor: Actor | undefined,
    info: ClientInfo,
  ): Promise<OidcOutcome> {
    const state = openState(this.box, sealedState);
    if (!state || state.provider !== providerId) return failed('oidc_failed');
    const provider = this.provider(providerId);
    let claims: Claims;
    try {
      const configuration = await this.configuration(provider);
      const tokens = await client.authorizationCodeGrant(
        configuration,
        new URL(requestPath, this.config.http.publicUrl),
        {
          pkceCodeVerifier: state.verifier,
          expectedState: state.state,
          expectedNonce: state.nonce,
          idTokenExpected: true,
        },
      );
      claims = tokens.claims()!;
      // Many providers put email and name only in userinfo, not in the ID token.
      if (typeof claims.email !== 'string')
        claims = { ...claims, ...(await client.fetchUserInfo(configuration, tokens.access_token, claims.sub)) };
    } catch (error) {
      this.logger.warn(
        { provider: providerId, reason: error instanceof Error ? error.name : 'unknown' },
        'OpenID Connect sign-in failed',
      );
      return failed('oidc_failed');
    }
    const identity = {
      provider: provider.id,
      subject: claims.sub,
      email: typeof claims.email === 'string' ? claims.email.toLowerCase() : null,
    };

    if (state.linkUserId) return this.link(state.linkUserId, actor, identity, state.returnTo, info);
    const linked = await this.users.findIdentity(identity.provider, identity.subject);
    if (linked) return this.signIn((await this.users.findById(linked.userId))!, state.returnTo, info, provider.id);
    if (!identity.email) return failed('oidc_email_missing');
    if (await this.users.findByEmail(identity.email)) return failed('oidc_account_exists');

    const user = await this.users.create({
      email: identity.email,
      displayName:
        typeof claims.name === 'string' && claims.name.trim()
          ? claims.name.trim().slice(0, 80)
          : identity.email.split('@')[0]!,
      passwordHash: null,
      emailVerifiedAt: claims.email_verified === true ? new Date() : null,
    });
    await this.users.addIdentity({ userId: user.id, ...identity });
    await this.audit.record({
      action: 'sign_up',
      actorUserId: user.id,
      subjectUserId: user.id,
      client: info,
      metadata: { method: 'oidc', provider: provider.id },
    });
    return this.signIn(user, state.returnTo, info, provider.id);
  }

  private async link(
    userId: string,
    actor: Actor | undefined,
    identity: { provider: string; subject: string; email: string | null },
    returnTo: string,
    info: ClientInfo,
  ): Promise<OidcOutcome> {
    if (!actor || actor.userId !== userId) return failed('oidc_failed');
    const existing = await this.users.findIdentity(identity.provider, identity.subject);
    if (existing && existing.userId !== userId) return failed('oidc_identity_in_use');
    if (!existing) await this.users.addIdentity({ userId, ...identity });
    await this.audit.record({
      action: 'sign_in_method_linked',
      actorUserId: userId,
      subjectUserId: userId,
      client: info,
      metadata: { provider: identity.provider },
    });
    return { kind: 'linked', redirectTo: returnTo };
  }

  private async signIn(user: UserEntity, returnTo: string, info: ClientInfo, provider: string): Promise<OidcOutcome> {
    const pending = user.totpEnabledAt !== null;
    const session = await this.sessions.create(user.id, { method: 'oidc', client: info, secondFactorPending: pending });
    await this.audit.record({
      action: pending ? 'sign_in_oidc_accepted' : 'sign_in',
      actorUserId: user.id,
      subjectUserId: user.id,
      client: info,
      metadata: { method: 'oidc', provider, sessionId: session.sessionId },
    });
    const redirectTo = pending ? `/sign-in?step=second-factor&returnTo=${encodeURIComponent(returnTo)}` : returnTo;
    return { kind: 'signed_in', redirectTo, session };
  }

  private provider(id: string): OidcProviderConfig {
    const provider = this.config.auth.oidcProviders.find((p) => p.id === id);
    if (!provider) throw DomainError.notFound('That sign-in provider');
    return provider;
  }

  private redirectUri(id: string): string {
    return `${this.config.http.publicUrl}/api/auth/oidc/${id}/callback`;
  }

  /** Discovery once per provider; a failed discovery is retried on the next attempt. */
  private configuration(provider: OidcProviderConfig): Promise<client.Configuration> {
    let pending = this.configurations.get(provider.id);
    if (!pending) {
      // Plain http issuers are only accepted for loopback development and test providers.
      const insecure = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(`${provider.issuer}/`)
        ? [client.allowInsecureRequests]
        : [];
      pending = client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
        execute: insecure,
      });
      pending.catch(() => this.configurations.delete(provider.id));
      this.configurations.set(provider.id, pending);
    }
    return pending;
  }
}

function failed(code: string): OidcOutcome {
  return { kind: 'failed', redirectTo: `/sign-in?error=${code}` };
}
