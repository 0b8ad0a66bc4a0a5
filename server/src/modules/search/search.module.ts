import { Module } from '@nestjs/common';
import { ProfilesModule } from '../profiles';
import { PeopleFinderService } from './people-finder.service';
import { PostgresSearchEngine } from './postgres/postgres-search-engine';
import { SearchAccess } from './search-access';
import { searchEngineProvider } from './search-engine.provider';
import { SearchResultsRepository } from './search-results.repository';
import { SearchSync } from './search-sync';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

/** Search: the people finder, global search and suggestions, behind the SearchEngine port. */
@Module({
  imports: [ProfilesModule],
  controllers: [SearchController],
  providers: [
    PostgresSearchEngine,
    searchEngineProvider,
    SearchAccess,
    SearchResultsRepository,
    PeopleFinderService,
    SearchService,
    SearchSync,
  ],
  exports: [searchEngineProvider, SearchService],
})
export class SearchModule {}
