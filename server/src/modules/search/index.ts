/** What other modules may use of search. */
export { SearchModule } from './search.module';
export { SearchService } from './search.service';
