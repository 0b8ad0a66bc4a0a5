import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import {
  emailPreferencesSchema,
  unsubscribeBodySchema,
  unsubscribeDescriptionSchema,
  unsubscribeQuerySchema,
  updateEmailPreferencesSchema,
  type UnsubscribeQuery,
  type UpdateEmailPreferences,
} from '@commonroom/contracts';
import { Public, SkipCsrf } from '../../infrastructure/auth/access.decorators';
import { CurrentActor, type Actor } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { EmailPreferencesService } from './email-preferences.service';

const tags = ['email-alerts'];

/** Email preferences (signed in) and unsubscribe links (no session: the signed token is the credential). */
@Controller('api')
export class EmailAlertsController {
  constructor(private readonly service: EmailPreferencesService) {}

  @Get('me/email-preferences')
  @Contract({
    summary: 'Your email choices: default, per community, digest time, quiet hours',
    tags,
    response: emailPreferencesSchema,
  })
  get(@CurrentActor() actor: Actor) {
    return this.service.get(actor);
  }

  @Put('me/email-preferences')
  @Contract({
    summary: 'Change your email choices; communities you are not in are ignored',
    tags,
    body: updateEmailPreferencesSchema,
    response: emailPreferencesSchema,
  })
  update(@Body() body: UpdateEmailPreferences, @CurrentActor() actor: Actor) {
    return this.service.update(actor, body);
  }

  @Get('email/unsubscribe')
  @Public()
  @Contract({
    summary: 'Describe what an unsubscribe link would stop; never changes anything (link scanners)',
    tags,
    query: unsubscribeQuerySchema,
    response: unsubscribeDescriptionSchema,
  })
  describe(@Query() query: UnsubscribeQuery) {
    return this.service.describe(query.token);
  }

  @Post('email/unsubscribe')
  @Public()
  @SkipCsrf()
  @Contract({
    summary: 'One-click unsubscribe (RFC 8058): form body List-Unsubscribe=One-Click, no session needed',
    tags,
    query: unsubscribeQuerySchema,
    body: unsubscribeBodySchema,
    response: unsubscribeDescriptionSchema,
    status: 200,
  })
  unsubscribe(@Query() query: UnsubscribeQuery) {
    return this.service.unsubscribe(query.token);
  }

  @Post('email/unsubscribe/undo')
  @Public()
  @SkipCsrf()
  @Contract({
    summary: 'Undo an unsubscribe from its landing page (the same signed token)',
    tags,
    query: unsubscribeQuerySchema,
    response: unsubscribeDescriptionSchema,
    status: 200,
  })
  undo(@Query() query: UnsubscribeQuery) {
    return this.service.unsubscribe(query.token, true);
  }
}
