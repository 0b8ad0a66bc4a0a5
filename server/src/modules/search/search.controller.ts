import { Controller, Get, Query } from '@nestjs/common';
import {
  peopleSearchQuerySchema,
  peopleSearchResultSchema,
  searchQuerySchema,
  searchResultSchema,
  suggestionsSchema,
  suggestQuerySchema,
  type PeopleSearchQuery,
  type SearchQuery,
} from '@commonroom/contracts';
import { CurrentActor, type Actor } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { PeopleFinderService } from './people-finder.service';
import { SearchService } from './search.service';

const tags = ['search'];

/** Search is for signed-in members only: no route here is public. */
@Controller('api')
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly peopleFinder: PeopleFinderService,
  ) {}

  @Get('people')
  @Contract({
    summary: 'Find people by name or free text, with facets; each card shows only what the searcher may see',
    tags,
    query: peopleSearchQuerySchema,
    response: peopleSearchResultSchema,
  })
  people(@Query() query: PeopleSearchQuery, @CurrentActor() actor: Actor) {
    return this.peopleFinder.search(query, actor);
  }

  @Get('search')
  @Contract({
    summary: 'Search people, organisations, communities and forum posts the searcher may read',
    tags,
    query: searchQuerySchema,
    response: searchResultSchema,
  })
  everything(@Query() query: SearchQuery, @CurrentActor() actor: Actor) {
    return this.search.search(query, actor);
  }

  @Get('search/suggest')
  @Contract({
    summary: 'Instant suggestions as the searcher types: a few people, organisations, communities and threads',
    tags,
    query: suggestQuerySchema,
    response: suggestionsSchema,
  })
  suggest(@Query() query: { q: string }, @CurrentActor() actor: Actor) {
    return this.search.suggest(query.q, actor);
  }
}
