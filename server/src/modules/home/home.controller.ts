import { Controller, Get, Query } from '@nestjs/common';
import {
  homeNeedsSchema,
  homeSchema,
  homeThreadPageSchema,
  homeThreadsQuerySchema,
  publicHomeSchema,
  type HomeThreadsQuery,
} from '@commonroom/contracts';
import { CurrentActor, type Actor } from '../../infrastructure/auth/actor';
import { Public } from '../../infrastructure/auth/access.decorators';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { HomeService } from './home.service';

const tags = ['home'];

/** The home page: what is new across my communities, what waits for me, and the signed-out welcome. */
@Controller('api/home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get()
  @Contract({
    summary: 'Your home: unread and latest threads, what waits for you, and your communities',
    description: 'A first page of each list; page on with GET /api/home/threads and the nextCursor.',
    tags,
    response: homeSchema,
  })
  mine(@CurrentActor() actor: Actor) {
    return this.home.home(actor);
  }

  @Get('threads')
  @Public()
  @Contract({
    summary: 'Latest or unread forum threads across your communities, or one community (newest activity first)',
    description: 'Signed out, only a community whose threads anyone may read answers with threads.',
    tags,
    query: homeThreadsQuerySchema,
    response: homeThreadPageSchema,
  })
  threads(@CurrentActor() actor: Actor | undefined, @Query() query: HomeThreadsQuery) {
    return this.home.threads(actor, query);
  }

  @Get('needs')
  @Contract({
    summary: 'Join requests and flagged posts waiting in the communities you facilitate, with their total',
    tags,
    response: homeNeedsSchema,
  })
  needs(@CurrentActor() actor: Actor) {
    return this.home.needs(actor);
  }

  @Get('public')
  @Public()
  @Contract({
    summary: 'Communities a visitor can find and join, most recently active first (no thread titles)',
    tags,
    response: publicHomeSchema,
  })
  publicHome() {
    return this.home.publicHome();
  }
}
