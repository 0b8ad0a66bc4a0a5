import { Body, Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import {
  acceptedResponseSchema,
  emailConfirmedResultSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  secondFactorRequestSchema,
  sessionStateSchema,
  signInRequestSchema,
  signInResultSchema,
  signUpRequestSchema,
  tokenRequestSchema,
  type AcceptedResponse,
  type EmailConfirmedResult,
  type PasswordResetConfirm,
  type SecondFactorRequest,
  type SessionState,
  type SignInRequest,
  type SignInResult,
  type SignUpRequest,
  type TokenRequest,
} from '@commonroom/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../infrastructure/auth/access.decorators';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { AuthCookies } from '../../infrastructure/auth/cookies';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { newSecureToken } from '../../infrastructure/security/secure-token';
import { currentUserFromActor } from './current-user';
import { PasswordResetService } from './password-reset.service';
import { RegistrationService } from './registration.service';
import { SignInService } from './sign-in.service';

const tags = ['auth'];

@Controller('api/auth')
@Public()
export class AuthController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly signIns: SignInService,
    private readonly resets: PasswordResetService,
    private readonly cookies: AuthCookies,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('session')
  @Contract({
    summary: 'Who is signed in, the CSRF token to send, and the ways to sign in',
    tags,
    response: sessionStateSchema,
  })
  session(
    @CurrentActor() actor: Actor | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): SessionState {
    let csrfToken = this.cookies.csrfToken(request);
    if (!csrfToken) {
      csrfToken = newSecureToken().token;
      this.cookies.setCsrf(reply, csrfToken);
    }
    return {
      user: actor && !actor.secondFactorPending ? currentUserFromActor(actor) : null,
      csrfToken,
      secondFactorPending: actor?.secondFactorPending ?? false,
      providers: this.config.auth.oidcProviders.map(({ id, name }) => ({ id, name })),
    };
  }

  @Post('sign-up')
  @Contract({
    summary: 'Create an account (answers the same whether or not the email is registered)',
    tags,
    body: signUpRequestSchema,
    response: acceptedResponseSchema,
    status: 202,
  })
  signUp(@Body() body: SignUpRequest, @RequestClient() client: ClientInfo): Promise<AcceptedResponse> {
    return this.registration.signUp(body, client);
  }

  @Post('verify-email')
  @Contract({
    summary: 'Confirm an email address with the emailed token (names the address; does not sign in)',
    tags,
    body: tokenRequestSchema,
    response: emailConfirmedResultSchema,
  })
  verifyEmail(@Body() body: TokenRequest, @RequestClient() client: ClientInfo): Promise<EmailConfirmedResult> {
    return this.registration.verifyEmail(body.token, client);
  }

  @Post('verification-email')
  @Contract({
    summary: 'Send the confirmation link again',
    tags,
    body: passwordResetRequestSchema,
    response: acceptedResponseSchema,
    status: 202,
  })
  resendVerification(@Body() body: { email: string }, @RequestClient() client: ClientInfo): Promise<AcceptedResponse> {
    return this.registration.resendVerification(body.email, client);
  }

  @Post('sign-in')
  @Contract({
    summary: 'Sign in with email and password',
    tags,
    body: signInRequestSchema,
    response: signInResultSchema,
  })
  async signIn(
    @Body() body: SignInRequest,
    @RequestClient() client: ClientInfo,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInResult> {
    const started = await this.signIns.signIn(body, client);
    this.cookies.setSession(reply, started.token, started.expiresAt);
    return started.result;
  }

  @Post('sign-in/second-factor')
  @Contract({
    summary: 'Finish signing in with an authenticator or recovery code',
    tags,
    body: secondFactorRequestSchema,
    response: signInResultSchema,
  })
  secondFactor(
    @CurrentActor() actor: Actor | undefined,
    @Body() body: SecondFactorRequest,
    @RequestClient() client: ClientInfo,
  ): Promise<SignInResult> {
    return this.signIns.completeSecondFactor(actor, body.code, client);
  }

  @Post('sign-out')
  @Contract({ summary: 'Sign out this browser', tags })
  async signOut(
    @CurrentActor() actor: Actor | undefined,
    @RequestClient() client: ClientInfo,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.signIns.signOut(actor, client);
    this.cookies.clearSession(reply);
  }

  @Post('password-reset')
  @Contract({
    summary: 'Email a link to set a new password',
    tags,
    body: passwordResetRequestSchema,
    response: acceptedResponseSchema,
    status: 202,
  })
  requestReset(@Body() body: { email: string }, @RequestClient() client: ClientInfo): Promise<AcceptedResponse> {
    return this.resets.request(body.email, client);
  }

  @Post('password-reset/confirm')
  @Contract({
    summary: 'Set a new password with the emailed token; signs out every device',
    tags,
    body: passwordResetConfirmSchema,
  })
  confirmReset(@Body() body: PasswordResetConfirm, @RequestClient() client: ClientInfo): Promise<void> {
    return this.resets.confirm(body, client);
  }
}
