import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  affiliationIdParamsSchema,
  affiliationListSchema,
  affiliationSchema,
  createAffiliationRequestSchema,
  decideAffiliationRequestSchema,
  endAffiliationRequestSchema,
  organisationAffiliationSchema,
  type CreateAffiliationRequest,
  type DecideAffiliationRequest,
  type EndAffiliationRequest,
} from '@commonroom/contracts';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { AffiliationsService } from './affiliations.service';

const tags = ['affiliations'];
const params = affiliationIdParamsSchema;

@Controller('api')
export class AffiliationsController {
  constructor(private readonly affiliations: AffiliationsService) {}

  @Get('me/affiliations')
  @Contract({ summary: 'My affiliations, current first', tags, response: affiliationListSchema })
  mine(@CurrentActor() actor: Actor) {
    return this.affiliations.mine(actor);
  }

  @Post('me/affiliations')
  @Contract({
    summary: 'Ask to be affiliated with an organisation (verified at once for a declared email domain)',
    tags,
    body: createAffiliationRequestSchema,
    response: affiliationSchema,
    status: 201,
  })
  request(@CurrentActor() actor: Actor, @Body() body: CreateAffiliationRequest, @RequestClient() client: ClientInfo) {
    return this.affiliations.request(actor, body, client);
  }

  @Post('affiliations/:id/end')
  @Contract({
    summary: 'End an affiliation (the person, or the organisation’s admins); access through it ends on that day',
    tags,
    params,
    body: endAffiliationRequestSchema,
    response: affiliationSchema,
  })
  end(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: EndAffiliationRequest,
    @RequestClient() client: ClientInfo,
  ) {
    return this.affiliations.end(actor, id, body.endsOn, client);
  }

  @Post('affiliations/:id/decision')
  @Contract({
    summary: 'Approve or reject an affiliation request (organisation admins)',
    tags,
    params,
    body: decideAffiliationRequestSchema,
    response: organisationAffiliationSchema,
  })
  decide(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: DecideAffiliationRequest,
    @RequestClient() client: ClientInfo,
  ) {
    return this.affiliations.decide(actor, id, body.decision, client);
  }
}
