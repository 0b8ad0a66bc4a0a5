import { Controller, Delete, Get, Post } from '@nestjs/common';
import { feedTokenStateSchema } from '@commonroom/contracts';
import { CurrentActor, type Actor } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { FeedTokensService } from './feed-tokens.service';

const tags = ['feeds'];

/** The signed-in person's private feed link. */
@Controller('api/me/feed-token')
export class FeedTokenController {
  constructor(private readonly tokens: FeedTokensService) {}

  @Get()
  @Contract({
    summary: 'My private feed link, if I have one, and the forums it follows',
    tags,
    response: feedTokenStateSchema,
  })
  show(@CurrentActor() actor: Actor) {
    return this.tokens.show(actor);
  }

  @Post()
  @Contract({
    summary: 'Make a new private feed link (the old one stops working at once)',
    tags,
    response: feedTokenStateSchema,
    status: 201,
  })
  rotate(@CurrentActor() actor: Actor) {
    return this.tokens.rotate(actor);
  }

  @Delete()
  @Contract({ summary: 'Turn my private feed link off', tags })
  revoke(@CurrentActor() actor: Actor) {
    return this.tokens.revoke(actor);
  }
}
