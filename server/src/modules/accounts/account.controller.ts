import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import {
  acceptedResponseSchema,
  changeEmailRequestSchema,
  changePasswordRequestSchema,
  currentUserSchema,
  recoveryCodesSchema,
  securityEventListSchema,
  sessionIdParamsSchema,
  sessionListSchema,
  signInMethodsSchema,
  tokenRequestSchema,
  totpDisableRequestSchema,
  totpEnableRequestSchema,
  totpSetupSchema,
  updateProfileRequestSchema,
  type ChangeEmailRequest,
  type ChangePasswordRequest,
} from '@commonroom/contracts';
import { AllowWithoutSecondFactor, Public } from '../../infrastructure/auth/access.decorators';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { AccountSecurityService } from './account-security.service';
import { AccountSettingsService } from './account-settings.service';

const tags = ['account'];

/** The signed-in person's own account. The guard guarantees an actor on every non-public route. */
@Controller('api/account')
export class AccountController {
  constructor(
    private readonly settings: AccountSettingsService,
    private readonly security: AccountSecurityService,
  ) {}

  @Patch('profile')
  @Contract({ summary: 'Change my display name', tags, body: updateProfileRequestSchema, response: currentUserSchema })
  updateProfile(@CurrentActor() actor: Actor, @Body() body: { displayName: string }) {
    return this.settings.updateProfile(actor, body.displayName);
  }

  @Post('password')
  @Contract({ summary: 'Change my password; signs out my other devices', tags, body: changePasswordRequestSchema })
  changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordRequest,
    @RequestClient() client: ClientInfo,
  ) {
    return this.settings.changePassword(actor, body, client);
  }

  @Post('email')
  @Contract({
    summary: 'Change my email address (confirmed by a link to the new one)',
    tags,
    body: changeEmailRequestSchema,
    response: acceptedResponseSchema,
    status: 202,
  })
  changeEmail(@CurrentActor() actor: Actor, @Body() body: ChangeEmailRequest, @RequestClient() client: ClientInfo) {
    return this.settings.requestEmailChange(actor, body, client);
  }

  @Post('email/confirm')
  @Public()
  @Contract({
    summary: 'Confirm a new email address with the emailed token',
    tags,
    body: tokenRequestSchema,
    response: currentUserSchema,
  })
  confirmEmail(@Body() body: { token: string }, @RequestClient() client: ClientInfo) {
    return this.settings.confirmEmailChange(body.token, client);
  }

  @Get('sessions')
  @Contract({ summary: 'My signed-in devices', tags, response: sessionListSchema })
  async sessions(@CurrentActor() actor: Actor) {
    return { items: await this.security.listSessions(actor) };
  }

  @Delete('sessions/:id')
  @Contract({ summary: 'Sign out one of my devices', tags, params: sessionIdParamsSchema })
  revokeSession(@CurrentActor() actor: Actor, @Param() params: { id: string }, @RequestClient() client: ClientInfo) {
    return this.security.revokeSession(actor, params.id, client);
  }

  @Post('sessions/revoke-others')
  @Contract({ summary: 'Sign out all my other devices', tags })
  revokeOthers(@CurrentActor() actor: Actor, @RequestClient() client: ClientInfo) {
    return this.security.revokeOtherSessions(actor, client);
  }

  @Post('two-factor/setup')
  @AllowWithoutSecondFactor()
  @Contract({ summary: 'Start setting up an authenticator app', tags, response: totpSetupSchema })
  setupTwoFactor(@CurrentActor() actor: Actor) {
    return this.security.setupTwoFactor(actor);
  }

  @Post('two-factor/enable')
  @AllowWithoutSecondFactor()
  @Contract({
    summary: 'Turn on two-factor authentication with a code; returns recovery codes once',
    tags,
    body: totpEnableRequestSchema,
    response: recoveryCodesSchema,
  })
  enableTwoFactor(@CurrentActor() actor: Actor, @Body() body: { code: string }, @RequestClient() client: ClientInfo) {
    return this.security.enableTwoFactor(actor, body.code, client);
  }

  @Post('two-factor/disable')
  @Contract({
    summary: 'Turn off two-factor authentication (needs a current code)',
    tags,
    body: totpDisableRequestSchema,
  })
  disableTwoFactor(@CurrentActor() actor: Actor, @Body() body: { code: string }, @RequestClient() client: ClientInfo) {
    return this.security.disableTwoFactor(actor, body.code, client);
  }

  @Post('two-factor/recovery-codes')
  @Contract({ summary: 'Replace my recovery codes', tags, response: recoveryCodesSchema })
  regenerateRecoveryCodes(@CurrentActor() actor: Actor, @RequestClient() client: ClientInfo) {
    return this.security.regenerateRecoveryCodes(actor, client);
  }

  @Get('sign-in-methods')
  @Contract({ summary: 'My password and linked organisation accounts', tags, response: signInMethodsSchema })
  signInMethods(@CurrentActor() actor: Actor) {
    return this.security.signInMethods(actor);
  }

  @Delete('sign-in-methods/:id')
  @Contract({
    summary: 'Unlink an organisation account (never the last way to sign in)',
    tags,
    params: sessionIdParamsSchema,
  })
  removeSignInMethod(
    @CurrentActor() actor: Actor,
    @Param() params: { id: string },
    @RequestClient() client: ClientInfo,
  ) {
    return this.security.removeSignInMethod(actor, params.id, client);
  }

  @Get('security-events')
  @Contract({ summary: 'Recent security activity on my account', tags, response: securityEventListSchema })
  securityEvents(@CurrentActor() actor: Actor) {
    return this.security.securityEvents(actor);
  }
}
