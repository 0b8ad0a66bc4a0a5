import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../infrastructure/auth/access.decorators';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../../infrastructure/auth/actor';
import { AuthCookies } from '../../../infrastructure/auth/cookies';
import { OidcService } from './oidc.service';

/** Browser redirects to and from the provider; these answer with redirects, not JSON. */
@Controller('api/auth/oidc')
@Public()
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly cookies: AuthCookies,
  ) {}

  @Get(':provider/start')
  async start(
    @Param('provider') provider: string,
    @Query('returnTo') returnTo: unknown,
    @Query('link') link: unknown,
    @CurrentActor() actor: Actor | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const linkUserId = link === '1' && actor && !actor.secondFactorPending ? actor.userId : null;
    const { url, sealedState } = await this.oidc.start(provider, { returnTo, linkUserId });
    this.cookies.setOidcState(reply, sealedState);
    void reply.redirect(url, 302);
  }

  @Get(':provider/callback')
  async callback(
    @Param('provider') provider: string,
    @CurrentActor() actor: Actor | undefined,
    @RequestClient() client: ClientInfo,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const outcome = await this.oidc.callback(provider, request.url, this.cookies.oidcState(request), actor, client);
    this.cookies.clearOidcState(reply);
    if (outcome.kind === 'signed_in') this.cookies.setSession(reply, outcome.session.token, outcome.session.expiresAt);
    void reply.redirect(outcome.redirectTo, 302);
  }
}
